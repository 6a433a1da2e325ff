package nl.provincie.ethiek.deployment;

import static nl.provincie.ethiek.deployment.RenderedChart.containers;
import static nl.provincie.ethiek.deployment.RenderedChart.nameOf;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The platform's rules for every Deployment of the chart. */
class WorkloadRulesTest {

  private static final Pattern SECRET_LIKE = Pattern.compile(".*(PASSWORD|SECRET|TOKEN).*");

  private final RenderedChart chart = RenderedChart.withProvinceValues();
  private final List<JsonNode> deployments = chart.ofKind("Deployment").toList();

  @Test
  void every_container_has_liveness_and_readiness_probes_on_http_and_resources() {
    assertThat(deployments).hasSize(4);
    for (JsonNode deployment : deployments) {
      for (JsonNode container : containers(deployment)) {
        String where = nameOf(deployment) + "/" + container.path("name").asString();
        assertThat(container.at("/livenessProbe/httpGet/path").asString("")).as(where).isNotBlank();
        assertThat(container.at("/readinessProbe/httpGet/path").asString(""))
            .as(where)
            .isNotBlank();
        for (String resource : List.of("cpu", "memory")) {
          assertThat(container.at("/resources/requests/" + resource).isMissingNode())
              .as(where + " requests " + resource)
              .isFalse();
          assertThat(container.at("/resources/limits/" + resource).isMissingNode())
              .as(where + " limits " + resource)
              .isFalse();
        }
      }
    }
  }

  @Test
  void the_services_probe_micronauts_liveness_and_readiness_and_the_portal_its_health_servlet() {
    Map<String, String> liveness = new HashMap<>();
    Map<String, String> readiness = new HashMap<>();
    for (JsonNode deployment : deployments) {
      JsonNode container = containers(deployment).get(0);
      liveness.put(nameOf(deployment), container.at("/livenessProbe/httpGet/path").asString());
      readiness.put(nameOf(deployment), container.at("/readinessProbe/httpGet/path").asString());
    }

    assertThat(liveness)
        .containsEntry("ethiek-participation-service", "/health/liveness")
        .containsEntry("ethiek-case-service", "/health/liveness")
        .containsEntry("ethiek-register-service", "/health/liveness")
        .containsEntry("ethiek-portal-ui", "/health");
    assertThat(readiness)
        .containsEntry("ethiek-participation-service", "/health/readiness")
        .containsEntry("ethiek-case-service", "/health/readiness")
        .containsEntry("ethiek-register-service", "/health/readiness")
        .containsEntry("ethiek-portal-ui", "/health");
  }

  @Test
  void every_pod_runs_as_non_root_on_a_read_only_root_filesystem_without_privileges() {
    for (JsonNode deployment : deployments) {
      JsonNode pod = deployment.at("/spec/template/spec");
      assertThat(pod.at("/securityContext/runAsNonRoot").asBoolean(false)).isTrue();
      assertThat(pod.at("/securityContext/seccompProfile/type").asString(""))
          .isEqualTo("RuntimeDefault");
      assertThat(pod.path("automountServiceAccountToken").asBoolean(true)).isFalse();
      for (JsonNode container : containers(deployment)) {
        JsonNode security = container.path("securityContext");
        String where = nameOf(deployment);
        assertThat(security.path("runAsNonRoot").asBoolean(false)).as(where).isTrue();
        assertThat(security.path("readOnlyRootFilesystem").asBoolean(false)).as(where).isTrue();
        assertThat(security.path("allowPrivilegeEscalation").asBoolean(true)).as(where).isFalse();
        assertThat(security.at("/capabilities/drop").valueStream().map(JsonNode::asString))
            .as(where)
            .containsExactly("ALL");
        assertThat(security.at("/capabilities/add").isMissingNode()).as(where).isTrue();
        assertThat(security.path("privileged").asBoolean(false)).as(where).isFalse();
      }
    }
  }

  @Test
  void the_writable_tmp_of_every_pod_is_an_empty_dir() {
    for (JsonNode deployment : deployments) {
      JsonNode pod = deployment.at("/spec/template/spec");
      assertThat(pod.path("volumes").valueStream())
          .as(nameOf(deployment))
          .anyMatch(
              volume -> volume.path("name").asString("").equals("tmp") && volume.has("emptyDir"));
      for (JsonNode container : containers(deployment)) {
        assertThat(container.path("volumeMounts").valueStream())
            .anyMatch(
                mount ->
                    mount.path("mountPath").asString("").equals("/tmp")
                        && mount.path("name").asString("").equals("tmp"));
      }
    }
  }

  @Test
  void every_image_names_a_version_and_none_is_latest() {
    for (JsonNode deployment : deployments) {
      for (JsonNode container : containers(deployment)) {
        String image = container.path("image").asString("");
        String lastPart = image.substring(image.lastIndexOf('/') + 1);
        assertThat(lastPart).as(image).contains(":");
        String tag = lastPart.substring(lastPart.indexOf(':') + 1);
        assertThat(tag).as(image).isNotBlank().isNotEqualToIgnoringCase("latest");
      }
    }
  }

  @Test
  void the_images_default_to_the_charts_app_version_under_the_registry_and_prefix() {
    JsonNode container = containers(chart.named("Deployment", "ethiek-case-service")).get(0);

    assertThat(container.path("image").asString())
        .isEqualTo("registry.provincie.example/ethiek/case-service:0.1.0");
  }

  @Test
  void every_workload_keeps_two_replicas_or_more() {
    for (JsonNode deployment : deployments) {
      JsonNode replicas = deployment.at("/spec/replicas");
      if (replicas.isMissingNode()) {
        JsonNode autoscaler = autoscalerOf(nameOf(deployment));
        assertThat(autoscaler.at("/spec/minReplicas").asInt()).isGreaterThanOrEqualTo(2);
      } else {
        assertThat(replicas.asInt()).as(nameOf(deployment)).isGreaterThanOrEqualTo(2);
      }
    }
  }

  @Test
  void the_participation_service_scales_on_cpu_between_two_and_more_replicas() {
    JsonNode autoscaler = autoscalerOf("ethiek-participation-service");

    assertThat(autoscaler.at("/spec/minReplicas").asInt()).isEqualTo(2);
    assertThat(autoscaler.at("/spec/maxReplicas").asInt()).isGreaterThan(2);
    assertThat(autoscaler.at("/spec/metrics/0/resource/name").asString()).isEqualTo("cpu");
  }

  @Test
  void every_deployment_has_a_disruption_budget_that_selects_its_pods_and_leaves_one_running() {
    List<JsonNode> budgets = chart.ofKind("PodDisruptionBudget").toList();
    for (JsonNode deployment : deployments) {
      JsonNode podLabels = deployment.at("/spec/template/metadata/labels");
      List<JsonNode> matching =
          budgets.stream()
              .filter(budget -> selects(budget.at("/spec/selector/matchLabels"), podLabels))
              .toList();
      assertThat(matching).as(nameOf(deployment)).hasSize(1);
      assertThat(matching.get(0).at("/spec/maxUnavailable").asInt()).isEqualTo(1);
    }
  }

  @Test
  void demo_accounts_and_demo_data_are_off_in_every_service() {
    for (JsonNode deployment : deployments) {
      Map<String, JsonNode> env = environment(containers(deployment).get(0));
      if (nameOf(deployment).equals("ethiek-portal-ui")) {
        assertThat(env.get("STAFF_AUTHENTICATION").path("value").asString()).isEqualTo("oidc");
        continue;
      }
      assertThat(env.get("DEMO_ACCOUNTS_ENABLED").path("value").asString()).isEqualTo("false");
      assertThat(env.get("DEMO_DATA_ENABLED").path("value").asString()).isEqualTo("false");
    }
  }

  @Test
  void passwords_keys_and_tokens_come_from_secrets_only() {
    for (JsonNode deployment : deployments) {
      environment(containers(deployment).get(0))
          .forEach(
              (name, variable) -> {
                if (SECRET_LIKE.matcher(name).matches()) {
                  assertThat(variable.has("value")).as(name).isFalse();
                  assertThat(variable.at("/valueFrom/secretKeyRef/name").asString(""))
                      .as(name)
                      .isNotBlank();
                }
              });
    }
  }

  @Test
  void the_participant_token_key_comes_from_the_named_secret() {
    JsonNode key =
        environment(containers(chart.named("Deployment", "ethiek-participation-service")).get(0))
            .get("PARTICIPANT_TOKEN_SECRET");

    assertThat(key.at("/valueFrom/secretKeyRef/name").asString())
        .isEqualTo("ethiek-participant-token");
    assertThat(key.at("/valueFrom/secretKeyRef/key").asString()).isEqualTo("token-secret");
  }

  @Test
  void the_portal_reaches_the_three_services_by_their_service_names_and_ports() {
    Map<String, JsonNode> env =
        environment(containers(chart.named("Deployment", "ethiek-portal-ui")).get(0));
    Set<String> services =
        Set.of(
            "http://ethiek-participation-service:8081",
            "http://ethiek-case-service:8082",
            "http://ethiek-register-service:8083");

    assertThat(
            List.of(
                env.get("PARTICIPATION_SERVICE_URL").path("value").asString(),
                env.get("CASE_SERVICE_URL").path("value").asString(),
                env.get("REGISTER_SERVICE_URL").path("value").asString()))
        .containsExactlyInAnyOrderElementsOf(services);
    for (String url : services) {
      String name = url.substring("http://".length(), url.lastIndexOf(':'));
      int port = Integer.parseInt(url.substring(url.lastIndexOf(':') + 1));
      assertThat(chart.named("Service", name).at("/spec/ports/0/port").asInt()).isEqualTo(port);
    }
  }

  private JsonNode autoscalerOf(String deployment) {
    return chart
        .ofKind("HorizontalPodAutoscaler")
        .filter(hpa -> hpa.at("/spec/scaleTargetRef/name").asString("").equals(deployment))
        .findFirst()
        .orElseThrow(() -> new AssertionError(deployment + " has no replicas and no autoscaler"));
  }

  static boolean selects(JsonNode matchLabels, JsonNode labels) {
    if (matchLabels.isEmpty()) {
      return false;
    }
    return matchLabels.properties().stream()
        .allMatch(label -> label.getValue().equals(labels.get(label.getKey())));
  }

  static Map<String, JsonNode> environment(JsonNode container) {
    Map<String, JsonNode> env = new HashMap<>();
    container.path("env").forEach(variable -> env.put(variable.path("name").asString(), variable));
    return env;
  }
}
