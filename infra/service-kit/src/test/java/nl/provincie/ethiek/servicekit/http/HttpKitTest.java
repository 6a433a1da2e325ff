package nl.provincie.ethiek.servicekit.http;

import static nl.provincie.ethiek.servicekit.testkit.KitHttp.basic;
import static nl.provincie.ethiek.servicekit.testkit.KitHttp.problem;
import static nl.provincie.ethiek.servicekit.testkit.KitHttp.text;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.tree.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import nl.provincie.ethiek.servicekit.testkit.KitHttp;
import nl.provincie.ethiek.testsupport.RealInfrastructure;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Request hygiene, CORS on open data, and who-before-how (docs/adr/0037). */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HttpKitTest implements TestPropertyProvider {

  @Inject EmbeddedServer server;
  private KitHttp http;

  @Override
  public Map<String, String> getProperties() {
    RealInfrastructure infra = RealInfrastructure.shared();
    return infra.micronautProperties(infra.newDatabase("httpkit"));
  }

  @BeforeAll
  void client() {
    http = new KitHttp(server.getURL());
  }

  @Test
  void a_bodyless_post_with_a_non_json_content_type_is_accepted() throws Exception {
    for (String contentType : new String[] {"text/plain", "application/x-www-form-urlencoded"}) {
      HttpResponse<String> response =
          http.send(
              http.request("/test/kit/sessions")
                  .header("Content-Type", contentType)
                  .POST(HttpRequest.BodyPublishers.noBody()));

      assertThat(response.statusCode()).as(contentType + ": " + response.body()).isEqualTo(200);
      assertThat(text(KitHttp.json(response), "session")).isEqualTo("new");
    }
  }

  @Test
  void a_body_of_another_content_type_is_still_unsupported() throws Exception {
    problem(
        http.send(
            http.request("/test/kit/shapes")
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("name=x"))),
        415,
        "unsupported-media-type");
  }

  @Test
  void a_nul_character_in_a_query_parameter_is_refused_with_its_name() throws Exception {
    JsonNode problem =
        problem(http.send(http.request("/test/kit/search?q=a%00b")), 400, "validation");

    assertThat(text(problem, "errors/0/pointer")).isEqualTo("?q");
    HttpResponse<String> fine = http.send(http.request("/test/kit/search?q=ab"));
    assertThat(text(KitHttp.json(fine), "q")).isEqualTo("ab");
  }

  @Test
  void an_anonymous_call_to_a_protected_operation_is_401_whatever_its_media_types()
      throws Exception {
    problem(
        http.send(
            http.request("/test/kit/moderated")
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("x"))),
        401,
        "unauthorized");
    problem(
        http.send(
            http.postJson("/test/kit/moderated", "{\"name\":\"x\"}").header("Accept", "text/csv")),
        401,
        "unauthorized");
  }

  @Test
  void a_signed_in_caller_without_the_role_gets_403_then_the_media_type_is_judged()
      throws Exception {
    HttpRequest.Builder plain =
        http.request("/test/kit/moderated")
            .header("Content-Type", "text/plain")
            .POST(HttpRequest.BodyPublishers.ofString("x"));

    problem(
        http.send(plain.copy().header("Authorization", basic("redacteur", "demo-redacteur"))),
        403,
        "forbidden");
    problem(
        http.send(plain.copy().header("Authorization", basic("moderator", "demo-moderator"))),
        415,
        "unsupported-media-type");
  }

  @Test
  void open_data_can_be_read_from_any_site_without_credentials() throws Exception {
    HttpResponse<String> response =
        http.send(http.request("/test/kit/open-data").header("Origin", "https://example.org"));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Access-Control-Allow-Origin"))
        .hasValue("https://example.org");
    assertThat(response.headers().firstValue("Access-Control-Allow-Credentials"))
        .isNotEqualTo(java.util.Optional.of("true"));
    assertThat(text(KitHttp.json(response), "data")).isEqualTo("open");
  }

  @Test
  void a_refused_cross_origin_request_is_problem_json() throws Exception {
    HttpResponse<String> response =
        http.send(http.request("/test/kit/internal-read").header("Origin", "https://example.org"));

    problem(response, 403, "forbidden");
    assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
  }
}
