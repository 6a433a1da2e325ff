package nl.provincie.ethiek.portal.backoffice.moderation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.provincie.ethiek.portal.backoffice.login.StaffCredentials;
import nl.provincie.ethiek.portal.backoffice.login.StaffSession;
import nl.provincie.ethiek.portal.backoffice.moderation.ModerationModel.Conversation;
import nl.provincie.ethiek.portal.backoffice.moderation.ModerationModel.ConversationList;
import nl.provincie.ethiek.portal.backoffice.moderation.ModerationModel.Moderation;
import nl.provincie.ethiek.portal.backoffice.moderation.ModerationModel.Queue;
import nl.provincie.ethiek.portal.backoffice.moderation.ModerationModel.Settings;
import nl.provincie.ethiek.portal.backoffice.moderation.ModerationModel.Statement;
import nl.provincie.ethiek.portal.http.StaffHttp;
import nl.provincie.ethiek.portal.http.StaffServices;
import nl.provincie.ethiek.portal.shell.ServiceLocator;

/** The participation service's moderator API, called as the signed-in staff member. */
final class ModerationClient {

  private final StaffHttp http;
  private final StaffCredentials who;

  ModerationClient(StaffHttp http, StaffCredentials who) {
    this.http = http;
    this.who = who;
  }

  /** The client of the current session's staff member. */
  static ModerationClient current() {
    return new ModerationClient(
        ServiceLocator.get(StaffServices.class).participation(),
        StaffSession.require().credentials());
  }

  ConversationList all() {
    return http.get(who, "/conversations/all", ConversationList.class);
  }

  /** One conversation, drafts included (the public read hides drafts). */
  Optional<Conversation> find(UUID id) {
    return all().items().stream().filter(c -> c.id().equals(id)).findFirst();
  }

  Conversation create(Settings settings) {
    return http.post(who, "/conversations", settings, Conversation.class);
  }

  Conversation edit(UUID id, Settings settings) {
    return http.put(who, "/conversations/" + id, settings, Conversation.class);
  }

  Conversation open(UUID id) {
    return http.post(who, "/conversations/" + id + "/open", null, Conversation.class);
  }

  Conversation close(UUID id) {
    return http.post(who, "/conversations/" + id + "/close", null, Conversation.class);
  }

  void publishReport(UUID id) {
    http.post(who, "/conversations/" + id + "/report", null, JsonNode.class);
  }

  Statement seed(UUID conversation, String text, boolean meta) {
    return http.post(
        who,
        "/conversations/" + conversation + "/statements/seed",
        Map.of("text", text, "meta", meta),
        Statement.class);
  }

  Queue queue(UUID conversation, Moderation state, int page, int size) {
    return http.get(
        who,
        "/conversations/%s/moderation?state=%s&page=%d&size=%d"
            .formatted(conversation, state, page, size),
        Queue.class);
  }

  Statement accept(UUID statement) {
    return http.post(who, "/statements/" + statement + "/accept", null, Statement.class);
  }

  Statement reject(UUID statement, String reason) {
    return http.post(
        who, "/statements/" + statement + "/reject", Map.of("reason", reason), Statement.class);
  }

  Statement markMeta(UUID statement, boolean meta) {
    return http.post(
        who, "/statements/" + statement + "/meta", Map.of("meta", meta), Statement.class);
  }
}
