package nl.provincie.ethiek.servicekit.http;

import static nl.provincie.ethiek.servicekit.testkit.KitHttp.problem;
import static nl.provincie.ethiek.servicekit.testkit.KitHttp.text;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.tree.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.util.Map;
import nl.provincie.ethiek.servicekit.testkit.KitHttp;
import nl.provincie.ethiek.testsupport.RealInfrastructure;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Request bodies are read strictly, in one place for every service (docs/adr/0037): what serde
 * would convert or PostgreSQL would refuse is a 400 problem+json naming the field.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StrictJsonTest implements TestPropertyProvider {

  @Inject EmbeddedServer server;
  private KitHttp http;

  @Override
  public Map<String, String> getProperties() {
    RealInfrastructure infra = RealInfrastructure.shared();
    Map<String, String> properties =
        new java.util.HashMap<>(infra.micronautProperties(infra.newDatabase("strictjson")));
    properties.put("micronaut.server.max-request-size", "1MB");
    return properties;
  }

  @BeforeAll
  void client() {
    http = new KitHttp(server.getURL());
  }

  private HttpResponse<String> post(String path, String json) throws Exception {
    return http.send(http.postJson(path, json));
  }

  @Test
  void a_well_typed_body_is_bound() throws Exception {
    HttpResponse<String> response =
        post(
            "/test/kit/shapes",
            "{\"name\":\"vorm\",\"meta\":true,\"count\":3,\"weight\":2.5,\"colour\":\"RED\","
                + "\"tags\":[\"a\",\"b\"]}");

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonNode shape = KitHttp.json(response);
    assertThat(text(shape, "name")).isEqualTo("vorm");
    assertThat(shape.get("meta").getBooleanValue()).isTrue();
    assertThat(shape.get("count").getIntValue()).isEqualTo(3);
    assertThat(shape.get("weight").getDoubleValue()).isEqualTo(2.5);
    assertThat(text(shape, "colour")).isEqualTo("RED");
    assertThat(text(shape, "tags/1")).isEqualTo("b");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"name\":\"a\\u0000b\"}|/name",
        "{\"tags\":[\"ok\",\"x\\u0000\"]}|/tags/1",
      })
  void a_nul_character_in_text_is_refused_with_its_pointer(String body, String pointer)
      throws Exception {
    JsonNode problem = problem(post("/test/kit/shapes", body), 400, "validation");

    assertThat(text(problem, "errors/0/pointer")).isEqualTo(pointer);
    assertThat(text(problem, "errors/0/message")).isEqualTo("mag het NUL-teken niet bevatten");
  }

  @Test
  void a_nul_character_in_a_free_form_body_is_refused_too() throws Exception {
    JsonNode problem =
        problem(post("/test/kit/maps", "{\"a\":{\"b\\u0000\":1}}"), 400, "validation");

    assertThat(text(problem, "errors/0/pointer")).isEqualTo("/a/b\u0000");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"name\":false}|/name",
        "{\"name\":12}|/name",
        "{\"meta\":\"yes\"}|/meta",
        "{\"meta\":1}|/meta",
        "{\"colour\":false}|/colour",
        "{\"count\":5.7}|/count",
        "{\"count\":\"5\"}|/count",
        "{\"count\":99999999999}|/count",
        "{\"tags\":[\"a\",true]}|/tags/1",
        "{\"tags\":\"a\"}|/tags",
      })
  void a_value_of_another_json_type_is_refused_not_converted(String body, String pointer)
      throws Exception {
    JsonNode problem = problem(post("/test/kit/shapes", body), 400, "malformed-request");

    assertThat(text(problem, "errors/0/pointer")).isEqualTo(pointer);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"name\":\"a\"} {\"name\":\"b\"}",
        "{\"name\":\"a\"}garbage",
        "{\"name\":\"a\"}]",
        "{\"name\":\"a\",\"name\":\"b\"}",
        "{\"weight\":1e99999}",
        "{\"count\":1e99999}",
      })
  void trailing_content_duplicates_and_huge_numbers_are_malformed(String body) throws Exception {
    problem(post("/test/kit/shapes", body), 400, "malformed-request");
  }

  @Test
  void deep_nesting_is_malformed_not_a_server_error() throws Exception {
    String deep = "[".repeat(5000) + "]".repeat(5000);

    problem(post("/test/kit/shapes", "{\"tags\":" + deep + "}"), 400, "malformed-request");
    problem(post("/test/kit/maps", "{\"a\":" + deep + "}"), 400, "malformed-request");
  }
}
