package nl.provincie.ethiek.servicekit.problem;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.Map;
import nl.provincie.ethiek.testsupport.RealInfrastructure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Every error leaves the service as RFC 9457 problem+json with a stable type. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProblemJsonTest implements TestPropertyProvider {

  private final HttpClient http = HttpClient.newHttpClient();
  @Inject EmbeddedServer server;

  @Override
  public Map<String, String> getProperties() {
    RealInfrastructure infra = RealInfrastructure.shared();
    return infra.micronautProperties(infra.newDatabase("problems"));
  }

  private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpRequest.Builder request(String path) {
    // the English texts: Dutch is the default (ProblemLanguageTest covers both)
    return HttpRequest.newBuilder(URI.create(server.getURL() + path))
        .header("Accept-Language", "en");
  }

  private HttpRequest.Builder postJson(String path, String json) {
    return request(path)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json));
  }

  private static void assertProblem(HttpResponse<String> response, int status, String typeSlug) {
    assertThat(response.statusCode()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(value -> assertThat(value).startsWith("application/problem+json"));
    assertThat(response.body())
        .contains("\"type\":\"" + ProblemType.BASE + typeSlug + "\"")
        .contains("\"status\":" + status);
  }

  @Test
  void unknown_route_is_not_found() throws Exception {
    assertProblem(send(request("/no/such/thing")), 404, "not-found");
  }

  @Test
  void malformed_json_is_a_malformed_request() throws Exception {
    assertProblem(
        send(postJson("/test/problems/greetings", "{\"text\": ")), 400, "malformed-request");
  }

  @Test
  void a_body_of_the_wrong_shape_is_refused_without_naming_our_classes() throws Exception {
    HttpResponse<String> response =
        send(postJson("/test/problems/greetings", "{\"text\": {\"nested\": true}}"));

    assertProblem(response, 400, "malformed-request");
    assertThat(response.body())
        .doesNotContain("nl.provincie")
        .doesNotContain("io.micronaut")
        .contains("documented shape");
  }

  @Test
  void constraint_violations_name_the_offending_field() throws Exception {
    HttpResponse<String> response =
        send(postJson("/test/problems/greetings", "{\"text\":\"   \"}"));

    assertProblem(response, 400, "validation");
    assertThat(response.body()).contains("\"errors\"").contains("text");
  }

  @Test
  void valid_request_passes() throws Exception {
    HttpResponse<String> response =
        send(postJson("/test/problems/greetings", "{\"text\":\"dag\"}"));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo("{\"text\":\"dag\"}");
  }

  @Test
  void oversized_body_is_refused() throws Exception {
    String huge = "{\"text\":\"" + "x".repeat(10_000) + "\"}";

    assertProblem(send(postJson("/test/problems/greetings", huge)), 413, "payload-too-large");
  }

  @Test
  void domain_refusal_keeps_its_own_type_and_detail() throws Exception {
    HttpResponse<String> response = send(request("/test/problems/refused"));

    assertProblem(response, 409, "conversation-closed");
    assertThat(response.body()).contains("The conversation is closed.");
  }

  @Test
  void unexpected_failure_reveals_nothing_internal() throws Exception {
    HttpResponse<String> response = send(request("/test/problems/broken"));

    assertProblem(response, 500, "internal");
    assertThat(response.body())
        .doesNotContain("hunter2")
        .doesNotContain("db-7")
        .doesNotContain("Exception");
  }

  @Test
  void protected_route_needs_credentials_and_the_right_role() throws Exception {
    assertProblem(send(request("/test/problems/moderation")), 401, "unauthorized");
    assertProblem(
        send(
            request("/test/problems/moderation")
                .header("Authorization", basic("redacteur", "demo-redacteur"))),
        403,
        "forbidden");
    HttpResponse<String> allowed =
        send(
            request("/test/problems/moderation")
                .header("Authorization", basic("moderator", "demo-moderator")));
    assertThat(allowed.statusCode()).isEqualTo(200);
  }

  private static String basic(String user, String password) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes());
  }
}
