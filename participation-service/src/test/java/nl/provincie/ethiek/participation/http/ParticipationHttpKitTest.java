package nl.provincie.ethiek.participation.http;

import static nl.provincie.ethiek.servicekit.testkit.KitHttp.basic;
import static nl.provincie.ethiek.servicekit.testkit.KitHttp.json;
import static nl.provincie.ethiek.servicekit.testkit.KitHttp.problem;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.tree.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import nl.provincie.ethiek.servicekit.problem.ProblemMessages;
import nl.provincie.ethiek.servicekit.testkit.KitHttp;
import nl.provincie.ethiek.testsupport.ProblemTypeScan;
import nl.provincie.ethiek.testsupport.RealInfrastructure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The HTTP kit on the participation service's own endpoints (docs/adr/0037, 0038). */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ParticipationHttpKitTest implements TestPropertyProvider {

  private static final RealInfrastructure INFRA = RealInfrastructure.shared();
  private static final String MODERATOR = basic("moderator", "demo-moderator");
  @Inject EmbeddedServer server;
  private KitHttp kit;

  @Override
  public Map<String, String> getProperties() {
    return INFRA.micronautProperties(INFRA.newDatabase("participationkit"));
  }

  private KitHttp kit() {
    if (kit == null) {
      kit = new KitHttp(server.getURL());
    }
    return kit;
  }

  private HttpRequest.Builder request(String path) {
    return kit().request(path);
  }

  private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return kit().send(request);
  }

  private HttpResponse<String> moderatorPost(String path, String body) throws Exception {
    return send(kit().postJson(path, body).header("Authorization", MODERATOR));
  }

  private int conversationsListed() throws Exception {
    HttpResponse<String> all =
        send(request("/api/v1/conversations/all").header("Authorization", MODERATOR));
    assertThat(all.statusCode()).isEqualTo(200);
    return json(all).size();
  }

  @ParameterizedTest
  @ValueSource(strings = {"text/plain", "application/x-www-form-urlencoded"})
  void a_resident_gets_a_token_from_a_bodyless_post_of_any_content_type(String contentType)
      throws Exception {
    HttpResponse<String> issued =
        send(
            request("/api/v1/participants")
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.noBody()));

    assertThat(issued.statusCode()).as(issued.body()).isEqualTo(201);
    assertThat(json(issued).get("token").getStringValue()).isNotBlank();
  }

  @Test
  void a_nul_character_in_a_conversation_is_a_400_and_nothing_is_stored() throws Exception {
    int before = conversationsListed();

    JsonNode problem =
        problem(
            moderatorPost(
                "/api/v1/conversations",
                "{\"topic\":\"Sociale\\u0000media\",\"descriptionNl\":\"Hoe?\","
                    + "\"moderationMode\":\"STRICT\"}"),
            400,
            "validation");

    assertThat(problem.get("errors").get(0).get("pointer").getStringValue()).isEqualTo("/topic");
    assertThat(conversationsListed()).isEqualTo(before);
  }

  @Test
  void a_conversation_with_trailing_content_is_refused_and_nothing_is_stored() throws Exception {
    int before = conversationsListed();

    problem(
        moderatorPost(
            "/api/v1/conversations",
            "{\"topic\":\"Wegen\",\"descriptionNl\":\"Hoe?\",\"moderationMode\":\"STRICT\"}"
                + "{\"topic\":\"Twee\"}"),
        400,
        "malformed-request");

    assertThat(conversationsListed()).isEqualTo(before);
  }

  @Test
  void a_null_meta_flag_is_refused_as_unreadable_not_taken_as_false() throws Exception {
    JsonNode problem =
        problem(
            moderatorPost("/api/v1/statements/" + UUID.randomUUID() + "/meta", "{\"meta\":null}"),
            400,
            "malformed-request");

    assertThat(problem.get("errors").get(0).get("pointer").getStringValue()).isEqualTo("/meta");
  }

  @Test
  void an_anonymous_moderator_call_is_401_whatever_its_content_type() throws Exception {
    problem(
        send(
            request("/api/v1/conversations")
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("topic=x"))),
        401,
        "unauthorized");
  }

  @Test
  void an_unknown_conversation_in_dutch_and_in_english() throws Exception {
    UUID id = UUID.randomUUID();
    HttpResponse<String> dutch =
        send(request("/api/v1/conversations/" + id).header("Accept-Language", "nl"));
    HttpResponse<String> english =
        send(request("/api/v1/conversations/" + id).header("Accept-Language", "en"));

    assertThat(problem(dutch, 404, "not-found").get("detail").getStringValue())
        .isEqualTo("Er is geen gesprek " + id);
    assertThat(problem(english, 404, "not-found").get("detail").getStringValue())
        .isEqualTo("No conversation " + id);
    assertThat(dutch.headers().firstValue("Content-Language")).hasValue("nl");
    assertThat(english.headers().firstValue("Content-Language")).hasValue("en");
  }

  @Test
  void public_conversations_can_be_read_from_another_site() throws Exception {
    HttpResponse<String> conversations =
        send(request("/api/v1/conversations").header("Origin", "https://nieuws.example.org"));

    assertThat(conversations.statusCode()).isEqualTo(200);
    assertThat(conversations.headers().firstValue("Access-Control-Allow-Origin"))
        .hasValue("https://nieuws.example.org");
  }

  @Test
  void every_problem_type_of_the_participation_service_has_dutch_and_english_text() {
    ProblemMessages messages = new ProblemMessages(getClass().getClassLoader());

    assertThat(ProblemTypeScan.slugsIn(Path.of("src/main/java"))).isNotEmpty();
    assertThat(messages.missingTexts(ProblemTypeScan.slugsIn(Path.of("src/main/java")))).isEmpty();
    assertThat(messages.unpairedTexts()).isEmpty();
  }
}
