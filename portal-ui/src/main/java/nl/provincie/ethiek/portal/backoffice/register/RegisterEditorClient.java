package nl.provincie.ethiek.portal.backoffice.register;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import nl.provincie.ethiek.portal.backoffice.login.StaffCredentials;
import nl.provincie.ethiek.portal.backoffice.login.StaffSession;
import nl.provincie.ethiek.portal.http.StaffHttp;
import nl.provincie.ethiek.portal.http.StaffServices;
import nl.provincie.ethiek.portal.shell.ServiceLocator;

/** The register service's editor API, called as the signed-in register editor. */
final class RegisterEditorClient {

  private final StaffHttp http;
  private final StaffCredentials who;

  RegisterEditorClient(StaffHttp http, StaffCredentials who) {
    this.http = http;
    this.who = who;
  }

  static RegisterEditorClient current() {
    return new RegisterEditorClient(
        ServiceLocator.get(StaffServices.class).register(), StaffSession.require().credentials());
  }

  /** A page of entries in one status (DRAFT, PUBLISHED, ARCHIVED), optionally matching a text. */
  JsonNode search(String status, String text, int page) {
    String query = "?status=" + status + "&page=" + page + "&size=25";
    if (!text.isBlank()) {
      query += "&q=" + URLEncoder.encode(text.strip(), StandardCharsets.UTF_8);
    }
    return http.get(who, "/entries" + query, JsonNode.class);
  }

  JsonNode detail(UUID id) {
    return http.get(who, "/entries/" + id, JsonNode.class);
  }

  JsonNode create(EntryKind kind, ObjectNode body) {
    return http.post(who, "/" + kind.collection(), body, JsonNode.class);
  }

  JsonNode revise(EntryKind kind, UUID id, ObjectNode body) {
    return http.put(who, "/" + kind.collection() + "/" + id, body, JsonNode.class);
  }

  JsonNode publish(UUID id, String changeNote) {
    return http.post(who, "/entries/" + id + "/publish", note(changeNote), JsonNode.class);
  }

  JsonNode archive(UUID id, String changeNote) {
    return http.post(who, "/entries/" + id + "/archive", note(changeNote), JsonNode.class);
  }

  JsonNode deliver(UUID id) {
    return http.post(who, "/algorithms/" + id + "/delivery", null, JsonNode.class);
  }

  JsonNode deliveryStatus(UUID id) {
    return http.get(who, "/algorithms/" + id + "/delivery", JsonNode.class);
  }

  JsonNode dryRun() {
    return http.post(who, "/delivery/dry-run", null, JsonNode.class);
  }

  private static ObjectNode note(String changeNote) {
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    if (changeNote == null || changeNote.isBlank()) {
      body.putNull("changeNote");
    } else {
      body.put("changeNote", changeNote);
    }
    return body;
  }
}
