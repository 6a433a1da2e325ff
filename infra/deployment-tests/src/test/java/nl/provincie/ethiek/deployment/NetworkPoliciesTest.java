package nl.provincie.ethiek.deployment;

import static nl.provincie.ethiek.deployment.RenderedChart.nameOf;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Traffic: everything denied, then the portal from the gateway and to the services, each service
 * from the portal and to PostgreSQL, Kafka and HTTPS outside the cluster (its OIDC key set).
 */
class NetworkPoliciesTest {

  private static final Map<String, Integer> SERVICES =
      Map.of("participation-service", 8081, "case-service", 8082, "register-service", 8083);

  private final RenderedChart chart = RenderedChart.withProvinceValues();

  @Test
  void a_default_deny_policy_covers_every_pod_in_both_directions() {
    JsonNode deny = chart.named("NetworkPolicy", "ethiek-default-deny");

    assertThat(deny.at("/spec/podSelector").isEmpty()).isTrue();
    assertThat(deny.at("/spec/policyTypes").valueStream().map(JsonNode::asString))
        .containsExactlyInAnyOrder("Ingress", "Egress");
    assertThat(deny.at("/spec/ingress").isMissingNode()).isTrue();
    assertThat(deny.at("/spec/egress").isMissingNode()).isTrue();
  }

  @Test
  void no_rule_of_any_policy_admits_every_source_or_destination() {
    chart
        .ofKind("NetworkPolicy")
        .forEach(
            policy -> {
              policy
                  .at("/spec/ingress")
                  .forEach(rule -> assertThat(rule.path("from")).as(nameOf(policy)).isNotEmpty());
              policy
                  .at("/spec/egress")
                  .forEach(rule -> assertThat(rule.path("to")).as(nameOf(policy)).isNotEmpty());
            });
  }

  @Test
  void the_portal_is_reached_only_from_the_gateway_namespace_on_its_port() {
    JsonNode policy = chart.named("NetworkPolicy", "ethiek-portal-ui");
    JsonNode ingress = policy.at("/spec/ingress");

    assertThat(ingress).hasSize(1);
    assertThat(
            ingress
                .at("/0/from/0/namespaceSelector/matchLabels/kubernetes.io~1metadata.name")
                .asString())
        .isEqualTo("envoy-gateway-system");
    assertThat(ports(ingress.get(0))).containsExactly(8080);
  }

  @Test
  void the_portal_reaches_the_three_services_on_their_ports_and_https_outside_only() {
    JsonNode egress = chart.named("NetworkPolicy", "ethiek-portal-ui").at("/spec/egress");
    Map<String, List<Integer>> podTargets = new java.util.HashMap<>();
    List<List<Integer>> outside = new ArrayList<>();
    for (JsonNode rule : egress) {
      for (JsonNode peer : rule.path("to")) {
        if (peer.has("ipBlock")) {
          outside.add(ports(rule));
        } else {
          podTargets.put(component(peer), ports(rule));
        }
      }
    }

    assertThat(podTargets)
        .containsOnlyKeys(SERVICES.keySet())
        .allSatisfy((service, ports) -> assertThat(ports).containsExactly(SERVICES.get(service)));
    assertThat(outside).containsExactly(List.of(443));
  }

  @Test
  void each_service_is_reached_only_from_the_portal_and_reaches_only_postgres_kafka_and_https() {
    SERVICES.forEach(
        (service, port) -> {
          JsonNode policy = chart.named("NetworkPolicy", "ethiek-" + service);
          JsonNode ingress = policy.at("/spec/ingress");
          assertThat(ingress).as(service).hasSize(1);
          assertThat(component(ingress.at("/0/from/0"))).isEqualTo("portal-ui");
          assertThat(ingress.at("/0/from")).hasSize(1);
          assertThat(ports(ingress.get(0))).containsExactly(port);

          Set<String> destinations =
              policy
                  .at("/spec/egress")
                  .valueStream()
                  .map(rule -> destination(rule) + ":" + ports(rule))
                  .collect(Collectors.toSet());
          assertThat(destinations)
              .as(service)
              .containsExactlyInAnyOrder(
                  "cnpg.io/cluster=ethiek-pg:[5432]",
                  "strimzi.io/cluster=ethiek-kafka,strimzi.io/broker-role=true:[9092]",
                  "outside:[443]");
        });
  }

  @Test
  void without_external_addresses_no_pod_may_leave_the_cluster() {
    RenderedChart closed = RenderedChart.render(Map.of("networkPolicy.externalHttps", "null"));

    closed
        .ofKind("NetworkPolicy")
        .filter(policy -> !RenderedChart.nameOf(policy).matches("ethiek-(postgres|kafka)"))
        .forEach(
            policy ->
                assertThat(policy.at("/spec/egress").valueStream())
                    .as(nameOf(policy))
                    .noneMatch(rule -> rule.at("/to/0").has("ipBlock")));
  }

  @Test
  void every_workload_has_a_policy_of_its_own_in_both_directions() {
    chart
        .ofKind("Deployment")
        .forEach(
            deployment -> {
              JsonNode labels = deployment.at("/spec/template/metadata/labels");
              List<JsonNode> own =
                  chart
                      .ofKind("NetworkPolicy")
                      .filter(
                          policy ->
                              WorkloadRulesTest.selects(
                                  policy.at("/spec/podSelector/matchLabels"), labels))
                      .toList();
              assertThat(own).as(nameOf(deployment)).hasSize(1);
              assertThat(own.get(0).at("/spec/policyTypes").valueStream().map(JsonNode::asString))
                  .containsExactlyInAnyOrder("Ingress", "Egress");
            });
  }

  @Test
  void postgres_is_reached_by_the_three_services_on_5432_only() {
    JsonNode ingress = chart.named("NetworkPolicy", "ethiek-postgres").at("/spec/ingress/0");

    assertThat(ingress.path("from").valueStream().map(NetworkPoliciesTest::component))
        .containsExactlyInAnyOrderElementsOf(SERVICES.keySet());
    assertThat(ports(ingress)).containsExactly(5432);
  }

  private static String component(JsonNode peer) {
    return peer.at("/podSelector/matchLabels/app.kubernetes.io~1name").asString("");
  }

  private static String destination(JsonNode rule) {
    JsonNode peer = rule.at("/to/0");
    if (peer.has("ipBlock")) {
      return "outside";
    }
    return peer.at("/podSelector/matchLabels").properties().stream()
        .map(label -> label.getKey() + "=" + label.getValue().asString())
        .collect(Collectors.joining(","));
  }

  private static List<Integer> ports(JsonNode rule) {
    return rule.path("ports").valueStream().map(port -> port.path("port").asInt()).toList();
  }
}
