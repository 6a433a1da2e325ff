package nl.provincie.ethiek.servicekit.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import nl.provincie.ethiek.testsupport.RealInfrastructure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.yaml.snakeyaml.Yaml;

/**
 * The served OpenAPI document names the problem answers and who may call what (issue 13 item 15,
 * docs/adr/0039): here on the test controllers of service-kit, whose document the build generates.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenApiDocumentTest implements TestPropertyProvider {

  @Inject EmbeddedServer server;

  @Override
  public Map<String, String> getProperties() {
    RealInfrastructure infra = RealInfrastructure.shared();
    return infra.micronautProperties(infra.newDatabase("openapi"));
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> document() throws Exception {
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(server.getURL() + "/openapi/service-kit.yml"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(200);
    return (Map<String, Object>) new Yaml().load(response.body());
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> at(Map<String, Object> node, String... keys) {
    Map<String, Object> current = node;
    for (String key : keys) {
      assertThat(current).as("has %s", key).containsKey(key);
      current = (Map<String, Object>) current.get(key);
    }
    return current;
  }

  @Test
  void staff_operations_name_their_schemes_roles_and_problem_answers() throws Exception {
    Map<String, Object> document = document();
    Map<String, Object> moderation = at(document, "paths", "/test/problems/moderation", "get");

    assertThat(moderation.get("security"))
        .isEqualTo(List.of(Map.of("staffBasic", List.of()), Map.of("staffBearer", List.of())));
    assertThat(moderation.get("x-roles")).isEqualTo(List.of("moderator"));
    Map<String, Object> responses = at(moderation, "responses");
    assertThat(responses).containsKeys("200", "400", "401", "403", "406", "503");
    assertThat(at(responses, "401", "content", "application/problem+json", "schema"))
        .isEqualTo(Map.of("$ref", "#/components/schemas/Problem"));
  }

  @Test
  void public_operations_need_no_credentials_and_bodies_can_be_refused() throws Exception {
    Map<String, Object> document = document();
    Map<String, Object> greetings = at(document, "paths", "/test/problems/greetings", "post");

    assertThat(greetings.get("security")).isEqualTo(List.of());
    assertThat(at(greetings, "responses"))
        .containsKeys("400", "413", "415", "422")
        .doesNotContainKeys("401", "403");
    assertThat(at(document, "paths", "/test/problems/refused", "get", "responses"))
        .containsKeys("200", "400", "406")
        .doesNotContainKeys("401", "403", "404", "409", "413", "415");
  }

  @Test
  void the_components_hold_the_problem_and_the_three_schemes() throws Exception {
    Map<String, Object> document = document();

    assertThat(at(document, "components", "schemas", "Problem", "properties"))
        .containsKeys("type", "title", "status", "detail", "errors");
    Map<String, Object> schemes = at(document, "components", "securitySchemes");
    assertThat(at(schemes, "staffBasic"))
        .containsEntry("type", "http")
        .containsEntry("scheme", "basic");
    assertThat(at(schemes, "staffBearer")).containsEntry("scheme", "bearer");
    assertThat(at(schemes, "participantToken"))
        .containsEntry("type", "apiKey")
        .containsEntry("in", "header")
        .containsEntry("name", "Participant-Token");
  }
}
