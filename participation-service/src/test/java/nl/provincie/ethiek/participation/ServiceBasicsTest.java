package nl.provincie.ethiek.participation;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import nl.provincie.ethiek.testsupport.ApiClient;
import nl.provincie.ethiek.testsupport.RealInfrastructure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ServiceBasicsTest implements TestPropertyProvider {

  @Inject EmbeddedServer server;
  @Inject JsonMapper jsonMapper;

  @Override
  public Map<String, String> getProperties() {
    RealInfrastructure infra = RealInfrastructure.shared();
    return infra.micronautProperties(infra.newDatabase("participation"));
  }

  @Test
  void reports_healthy_with_its_database_and_broker_details_for_signed_in_staff_only() {
    String url = server.getURL().toString();
    HttpResponse<String> anonymous = ApiClient.anonymous(url).get("/health");
    HttpResponse<String> staff = ApiClient.basic(url, "moderator", "demo-moderator").get("/health");

    assertThat(anonymous.statusCode()).isEqualTo(200);
    assertThat(anonymous.body()).isEqualTo("{\"status\":\"UP\"}");
    assertThat(staff.body()).contains("\"status\":\"UP\"").contains("jdbc").contains("kafka");
  }

  @Test
  void answers_the_kubernetes_liveness_and_readiness_probes_without_sign_in() throws Exception {
    // infra/helm/ethiek probes these two paths (docs/adr/0020-helm-chart.md)
    String url = server.getURL().toString();
    for (String probe : List.of("/health/liveness", "/health/readiness")) {
      HttpResponse<String> response = ApiClient.anonymous(url).get(probe);

      assertThat(response.statusCode()).as(probe).isEqualTo(200);
      assertThat(jsonMapper.readValue(response.body(), Argument.mapOf(String.class, Object.class)))
          .as(probe)
          .containsEntry("status", "UP");
    }
  }

  @Test
  @SuppressWarnings("unchecked")
  void readiness_tells_staff_about_the_database_kafka_and_which_consumers_hold_partitions() {
    // docs/adr/0041: the analysis consumer and the @KafkaListener consumers are listed
    String url = server.getURL().toString();
    ApiClient staff = ApiClient.basic(url, "moderator", "demo-moderator");
    org.awaitility.Awaitility.await()
        .atMost(java.time.Duration.ofSeconds(30))
        .untilAsserted(
            () -> {
              Map<String, Object> health =
                  jsonMapper.readValue(
                      staff.get("/health/readiness").body(),
                      Argument.mapOf(String.class, Object.class));
              Map<String, Object> details = (Map<String, Object>) health.get("details");
              assertThat(((Map<String, Object>) details.get("jdbc")).get("status")).isEqualTo("UP");
              assertThat(((Map<String, Object>) details.get("kafka")).get("status"))
                  .isEqualTo("UP");
              Map<String, Object> consumers = (Map<String, Object>) details.get("kafka-consumers");
              assertThat(consumers.get("status")).isEqualTo("UP");
              Map<String, Object> partitions =
                  (Map<String, Object>)
                      ((Map<String, Object>) consumers.get("details")).get("partitions");
              assertThat(partitions).containsKey("participation-analysis");
              assertThat(partitions.values()).allSatisfy(n -> assertThat((Integer) n).isPositive());
            });
  }

  @Test
  void serves_its_openapi_document_at_a_stable_path() {
    HttpResponse<String> openapi =
        ApiClient.anonymous(server.getURL().toString()).get("/openapi/participation-service.yml");

    assertThat(openapi.statusCode()).isEqualTo(200);
    assertThat(openapi.body()).contains("title: participation-service");
  }

  @Test
  void unknown_paths_answer_with_problem_json() {
    HttpResponse<String> response =
        ApiClient.anonymous(server.getURL().toString()).get("/api/v1/nothing-here");

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.body()).contains("problems/not-found");
  }
}
