package nl.provincie.ethiek.cases.http;

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
import java.util.Base64;
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

/** The HTTP kit on the case service's own endpoints (docs/adr/0037, 0038). */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CaseHttpKitTest implements TestPropertyProvider {

  private static final RealInfrastructure INFRA = RealInfrastructure.shared();
  private static final String OFFICER = basic("ethicus", "demo-ethicus");
  @Inject EmbeddedServer server;
  private KitHttp kit;

  @Override
  public Map<String, String> getProperties() {
    return INFRA.micronautProperties(INFRA.newDatabase("caseskit"));
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

  private HttpResponse<String> officerPost(String path, String body) throws Exception {
    return send(kit().postJson(path, body).header("Authorization", OFFICER));
  }

  private int scansListed() throws Exception {
    HttpResponse<String> all =
        send(request("/api/v1/maturity/scans").header("Authorization", OFFICER));
    assertThat(all.statusCode()).isEqualTo(200);
    return json(all).size();
  }

  @Test
  void a_nul_character_in_the_organisation_filter_is_a_400_naming_the_parameter() throws Exception {
    JsonNode problem =
        problem(
            send(
                request("/api/v1/maturity/scans?organisation=Utrecht%00")
                    .header("Authorization", OFFICER)),
            400,
            "validation");

    assertThat(problem.get("errors").get(0).get("pointer").getStringValue())
        .isEqualTo("?organisation");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"organisation\":\"Utrecht\\u0000\",\"year\":2025,\"answers\":[]}|/organisation",
        "{\"organisation\":\"Utrecht\",\"year\":\"2025\",\"answers\":[]}|/year",
        "{\"organisation\":\"Utrecht\",\"year\":1e99999,\"answers\":[]}|/year",
        "{\"organisation\":false,\"year\":2025,\"answers\":[]}|/organisation"
      })
  void a_scan_with_a_bad_value_is_a_400_naming_the_field_and_nothing_is_stored(String example)
      throws Exception {
    String[] parts = example.split("\\|");
    int before = scansListed();

    HttpResponse<String> refused = officerPost("/api/v1/maturity/scans", parts[0]);

    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
    assertThat(json(refused).get("errors").get(0).get("pointer").getStringValue())
        .isEqualTo(parts[1]);
    assertThat(scansListed()).isEqualTo(before);
  }

  @Test
  void who_may_call_is_judged_before_the_content_type() throws Exception {
    HttpRequest.Builder plain =
        request("/api/v1/maturity/scans")
            .header("Content-Type", "text/plain")
            .POST(HttpRequest.BodyPublishers.ofString("organisation=x"));
    String editor =
        "Basic " + Base64.getEncoder().encodeToString("redacteur:demo-redacteur".getBytes());

    problem(send(plain.copy()), 401, "unauthorized");
    problem(send(plain.copy().header("Authorization", editor)), 403, "forbidden");
    problem(send(plain.copy().header("Authorization", OFFICER)), 415, "unsupported-media-type");
  }

  @Test
  void an_unknown_public_case_in_dutch_and_in_english() throws Exception {
    UUID id = UUID.randomUUID();
    HttpResponse<String> dutch =
        send(request("/api/v1/public/cases/" + id).header("Accept-Language", "nl-NL,nl;q=0.9"));
    HttpResponse<String> english =
        send(request("/api/v1/public/cases/" + id).header("Accept-Language", "en-GB"));

    assertThat(problem(dutch, 404, "not-found").get("detail").getStringValue())
        .isEqualTo("Er is geen openbare zaak " + id + ".");
    assertThat(problem(english, 404, "not-found").get("detail").getStringValue())
        .isEqualTo("No public case " + id + ".");
    assertThat(problem(dutch, 404, "not-found").get("title").getStringValue())
        .isEqualTo("Niet gevonden");
  }

  @Test
  void the_public_case_feed_can_be_read_from_another_site() throws Exception {
    HttpResponse<String> feed =
        send(request("/api/v1/public/cases").header("Origin", "https://krant.example.org"));

    assertThat(feed.statusCode()).isEqualTo(200);
    assertThat(feed.headers().firstValue("Access-Control-Allow-Origin"))
        .hasValue("https://krant.example.org");
  }

  @Test
  void every_problem_type_of_the_case_service_has_dutch_and_english_text() {
    ProblemMessages messages = new ProblemMessages(getClass().getClassLoader());

    assertThat(ProblemTypeScan.slugsIn(Path.of("src/main/java"))).isNotEmpty();
    assertThat(messages.missingTexts(ProblemTypeScan.slugsIn(Path.of("src/main/java")))).isEmpty();
    assertThat(messages.unpairedTexts()).isEmpty();
  }
}
