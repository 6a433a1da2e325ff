package nl.provincie.ethiek.participation;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.provincie.ethiek.servicekit.events.EventTopics;
import nl.provincie.ethiek.testsupport.ApiClient;
import nl.provincie.ethiek.testsupport.KafkaTopics;
import nl.provincie.ethiek.testsupport.RealInfrastructure;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ParticipationApiTest implements TestPropertyProvider {

  private static final RealInfrastructure INFRA = RealInfrastructure.shared();
  private static final Pattern ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");
  private static final Pattern TOKEN = Pattern.compile("\"token\":\"([^\"]+)\"");
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @Inject EmbeddedServer server;
  private ApiClient moderator;
  private ApiClient anonymous;

  @Override
  public Map<String, String> getProperties() {
    return INFRA.micronautProperties(INFRA.newDatabase("participation"));
  }

  @BeforeEach
  void clients() {
    moderator = ApiClient.basic(server.getURL().toString(), "moderator", "demo-moderator");
    anonymous = ApiClient.anonymous(server.getURL().toString());
  }

  private static String id(HttpResponse<String> response) {
    Matcher m = ID.matcher(response.body());
    assertThat(m.find()).as(response.body()).isTrue();
    return m.group(1);
  }

  private String conversation(String moderation, boolean open) {
    HttpResponse<String> created =
        moderator.post(
            "/api/v1/conversations",
            """
            {"topic":"Sociale media","descriptionNl":"Hoe gebruikt de provincie sociale media?",
             "moderationMode":"%s"}
            """
                .formatted(moderation));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    String id = id(created);
    if (open) {
      assertThat(moderator.post("/api/v1/conversations/" + id + "/open", "").statusCode())
          .isEqualTo(200);
    }
    return id;
  }

  private String seed(String conversation, String text) {
    HttpResponse<String> seeded =
        moderator.post(
            "/api/v1/conversations/" + conversation + "/statements/seed",
            "{\"text\":\"" + text + "\",\"meta\":false}");
    assertThat(seeded.statusCode()).as(seeded.body()).isEqualTo(201);
    return id(seeded);
  }

  private String token() {
    HttpResponse<String> issued = anonymous.post("/api/v1/participants", "");
    assertThat(issued.statusCode()).isEqualTo(201);
    Matcher m = TOKEN.matcher(issued.body());
    assertThat(m.find()).isTrue();
    return m.group(1);
  }

  private HttpResponse<String> asParticipant(
      String token, String method, String path, String json) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(server.getURL() + path))
            .header("Participant-Token", token)
            .header("Content-Type", "application/json")
            .method(
                method,
                json == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(json));
    try {
      return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private HttpResponse<String> vote(
      String token, String conversation, String statement, String vote, UUID requestId) {
    return asParticipant(
        token,
        "POST",
        "/api/v1/conversations/" + conversation + "/votes",
        "{\"statementId\":\"%s\",\"vote\":\"%s\",\"requestId\":\"%s\"}"
            .formatted(statement, vote, requestId));
  }

  @Test
  void drafts_are_private_until_opened() {
    String id = conversation("STRICT", false);
    String statement = seed(id, "Een stelling die nog niet openbaar is");
    assertThat(anonymous.get("/api/v1/conversations/" + id).statusCode()).isEqualTo(404);
    assertThat(anonymous.get("/api/v1/conversations").body()).doesNotContain(id);
    assertThat(anonymous.get("/api/v1/conversations/" + id + "/statements").statusCode())
        .isEqualTo(404);
    assertThat(anonymous.get("/api/v1/statements/" + statement).statusCode()).isEqualTo(404);

    moderator.post("/api/v1/conversations/" + id + "/open", "");

    assertThat(anonymous.get("/api/v1/conversations/" + id).body()).contains("\"state\":\"OPEN\"");
    assertThat(anonymous.get("/api/v1/conversations").body()).contains(id);
    assertThat(anonymous.get("/api/v1/conversations/" + id + "/statements").body())
        .contains(statement);
    assertThat(anonymous.get("/api/v1/statements/" + statement).statusCode()).isEqualTo(200);
  }

  @Test
  void lifecycle_refusals_name_the_current_state_and_what_is_allowed() {
    String id = conversation("STRICT", false);

    HttpResponse<String> close = moderator.post("/api/v1/conversations/" + id + "/close", "");

    assertThat(close.statusCode()).isEqualTo(409);
    assertThat(close.body())
        .contains("invalid-conversation-state")
        .contains("DRAFT")
        .contains("OPEN");
  }

  @Test
  void a_retried_vote_counts_once_and_the_latest_vote_wins() {
    String conversation = conversation("STRICT", true);
    String statement = seed(conversation, "Wegen moeten veiliger worden voor fietsers");
    String token = token();
    UUID first = UUID.randomUUID();

    HttpResponse<String> cast = vote(token, conversation, statement, "agree", first);
    HttpResponse<String> retry = vote(token, conversation, statement, "agree", first);
    HttpResponse<String> changed =
        vote(token, conversation, statement, "disagree", UUID.randomUUID());

    assertThat(cast.statusCode()).isEqualTo(201);
    assertThat(retry.statusCode()).isEqualTo(200);
    assertThat(changed.statusCode()).isEqualTo(201);
    String mine =
        asParticipant(token, "GET", "/api/v1/conversations/" + conversation + "/my-votes", null)
            .body();
    assertThat(mine)
        .contains("\"total\":1")
        .contains("\"vote\":\"DISAGREE\"")
        .doesNotContain("\"vote\":\"AGREE\"");
    List<ConsumerRecord<String, String>> events =
        KafkaTopics.readMatching(
            INFRA.bootstrapServers(),
            EventTopics.PARTICIPATION_VOTE_CAST,
            r -> conversation.equals(r.key()),
            3,
            Duration.ofSeconds(10));
    assertThat(events).hasSize(2);
  }

  @Test
  void votes_need_a_valid_token_an_open_conversation_and_a_known_statement() {
    String conversation = conversation("STRICT", true);
    String statement = seed(conversation, "De provincie moet meer bomen planten");
    String token = token();

    HttpResponse<String> forged =
        vote(token + "x", conversation, statement, "agree", UUID.randomUUID());
    HttpResponse<String> unknown =
        vote(token, conversation, UUID.randomUUID().toString(), "agree", UUID.randomUUID());
    HttpResponse<String> nonsense =
        vote(token, conversation, statement, "maybe", UUID.randomUUID());
    moderator.post("/api/v1/conversations/" + conversation + "/close", "");
    HttpResponse<String> closed = vote(token, conversation, statement, "agree", UUID.randomUUID());

    assertThat(forged.statusCode()).isEqualTo(401);
    assertThat(forged.body()).contains("participant-token-invalid");
    assertThat(unknown.statusCode()).isEqualTo(422);
    assertThat(unknown.body()).contains("unknown-statement");
    assertThat(nonsense.statusCode()).isEqualTo(400);
    assertThat(nonsense.body()).contains("/vote");
    assertThat(closed.statusCode()).isEqualTo(409);
    assertThat(closed.body()).contains("conversation-not-open");
    String mine =
        asParticipant(token, "GET", "/api/v1/conversations/" + conversation + "/my-votes", null)
            .body();
    assertThat(mine).contains("\"total\":0");
  }

  @Test
  void residents_statements_wait_for_moderation_and_bad_ones_are_refused() {
    String conversation = conversation("STRICT", true);
    String existing =
        seed(conversation, "Ambtenaren moeten zelf kunnen kiezen welk platform ze gebruiken");
    String token = token();
    String path = "/api/v1/conversations/" + conversation + "/statements";

    HttpResponse<String> submitted =
        asParticipant(token, "POST", path, "{\"text\":\"Stop met <script>X</script>\"}");
    HttpResponse<String> blank = asParticipant(token, "POST", path, "{\"text\":\"   \"}");
    HttpResponse<String> tooLong =
        asParticipant(token, "POST", path, "{\"text\":\"" + "a".repeat(141) + "\"}");
    HttpResponse<String> duplicate =
        asParticipant(
            token,
            "POST",
            path,
            "{\"text\":\"ambtenaren moeten zelf kunnen kiezen welk platform ze gebruiken!\"}");

    assertThat(submitted.statusCode()).isEqualTo(201);
    assertThat(submitted.body())
        .contains("\"moderation\":\"PENDING\"")
        .contains("Stop met <script>X</script>");
    assertThat(blank.statusCode()).isEqualTo(400);
    assertThat(blank.body()).contains("invalid-statement");
    assertThat(tooLong.statusCode()).isEqualTo(400);
    assertThat(duplicate.statusCode()).isEqualTo(409);
    assertThat(duplicate.body()).contains("duplicate-statement").contains(existing);
    assertThat(anonymous.get(path).body()).doesNotContain("script");

    HttpResponse<String> queue =
        moderator.get("/api/v1/conversations/" + conversation + "/moderation");
    assertThat(queue.body())
        .contains("\"pending\":1")
        .contains("\"accepted\":1")
        .contains("\"rejected\":0");
    HttpResponse<String> accepted =
        moderator.post("/api/v1/statements/" + id(submitted) + "/accept", "");
    assertThat(accepted.body()).contains("\"moderation\":\"ACCEPTED\"");
    assertThat(anonymous.get(path).body()).contains("Stop met <script>X</script>");
  }

  @Test
  void opening_submitting_moderating_and_closing_reach_kafka_keyed_by_conversation() {
    String conversation = conversation("STRICT", true);
    String token = token();
    String statement =
        id(
            asParticipant(
                token,
                "POST",
                "/api/v1/conversations/" + conversation + "/statements",
                "{\"text\":\"Meer bankjes langs het fietspad\"}"));
    assertThat(
            moderator
                .post(
                    "/api/v1/statements/" + statement + "/reject",
                    "{\"reason\":\"Buiten het onderwerp\"}")
                .statusCode())
        .isEqualTo(200);
    assertThat(moderator.post("/api/v1/conversations/" + conversation + "/close", "").statusCode())
        .isEqualTo(200);

    assertThat(event(EventTopics.PARTICIPATION_CONVERSATION_OPENED, conversation))
        .contains("\"topic\":\"Sociale media\"");
    assertThat(event(EventTopics.PARTICIPATION_STATEMENT_SUBMITTED, conversation))
        .contains("\"statementId\":\"" + statement + "\"")
        .contains("\"origin\":\"RESIDENT\"")
        .contains("\"moderation\":\"PENDING\"")
        .contains("Meer bankjes langs het fietspad")
        .as("who wrote it stays in the service")
        .doesNotContain("author")
        .doesNotContain(token);
    assertThat(event(EventTopics.PARTICIPATION_STATEMENT_MODERATED, conversation))
        .contains("\"moderation\":\"REJECTED\"")
        .contains("Buiten het onderwerp");
    assertThat(event(EventTopics.PARTICIPATION_CONVERSATION_CLOSED, conversation))
        .contains("\"conversationId\":\"" + conversation + "\"");
  }

  /** The one event on {@code topic} for this conversation (keyed by its id). */
  private String event(String topic, String conversation) {
    List<ConsumerRecord<String, String>> events =
        KafkaTopics.readMatching(
            INFRA.bootstrapServers(),
            topic,
            r -> conversation.equals(r.key()),
            1,
            Duration.ofSeconds(20));
    assertThat(events).as(topic).hasSize(1);
    return events.get(0).value();
  }

  @Test
  void a_resident_may_add_a_limited_number_of_statements_per_hour() {
    String conversation = conversation("OPEN", true);
    String token = token();
    String path = "/api/v1/conversations/" + conversation + "/statements";
    String[] topics = {"fietspaden", "bussen", "bomen", "dijken", "natuur", "wegen"};

    int[] statuses = new int[topics.length];
    for (int i = 0; i < topics.length; i++) {
      statuses[i] =
          asParticipant(token, "POST", path, "{\"text\":\"Meer geld voor " + topics[i] + "\"}")
              .statusCode();
    }

    assertThat(statuses).containsExactly(201, 201, 201, 201, 201, 429);
  }

  @Test
  void routing_shows_each_statement_once_then_reports_done_and_withdrawal_removes_everything() {
    String conversation = conversation("OPEN", true);
    seed(conversation, "Eerste stelling over wegen");
    seed(conversation, "Tweede stelling over water");
    String token = token();
    String next = "/api/v1/conversations/" + conversation + "/next-statement";

    for (int i = 0; i < 2; i++) {
      HttpResponse<String> shown = asParticipant(token, "GET", next, null);
      assertThat(shown.body())
          .contains("\"voted\":" + i)
          .contains("\"total\":2")
          .contains("\"done\":false");
      vote(token, conversation, id(shown), "pass", UUID.randomUUID());
    }
    assertThat(asParticipant(token, "GET", next, null).body())
        .contains("\"done\":true")
        .contains("\"voted\":2");
    asParticipant(
        token,
        "POST",
        "/api/v1/conversations/" + conversation + "/statements",
        "{\"text\":\"Mijn eigen stelling over dijken\"}");

    HttpResponse<String> withdrawn =
        asParticipant(
            token, "DELETE", "/api/v1/conversations/" + conversation + "/participation", null);

    assertThat(withdrawn.body())
        .contains("\"votesRemoved\":2")
        .contains("\"statementsWithdrawn\":1");
    assertThat(asParticipant(token, "GET", next, null).body())
        .contains("\"voted\":0")
        .contains("\"total\":2");
    assertThat(anonymous.get("/api/v1/conversations/" + conversation + "/statements").body())
        .doesNotContain("dijken");
  }
}
