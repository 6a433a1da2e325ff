package nl.provincie.ethiek.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import nl.provincie.ethiek.deployment.schema.SchemaCatalog;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The schema check is worth something only if it refuses broken resources: each test breaks one
 * rendered resource (or one value) and expects a problem that names the broken place.
 */
class ValidatorCatchesErrorsTest {

  private final RenderedChart chart = RenderedChart.withProvinceValues();
  private final SchemaCatalog schemas = SchemaCatalog.bundled();

  @Test
  void refuses_a_misspelt_deployment_field() {
    ObjectNode deployment = copy("Deployment", "ethiek-case-service");
    ((ObjectNode) deployment.get("spec")).put("replcas", 2);

    assertThat(schemas.problems(deployment)).anyMatch(problem -> problem.contains("replcas"));
  }

  @Test
  void refuses_a_container_port_that_is_no_number() {
    ObjectNode deployment = copy("Deployment", "ethiek-register-service");
    ObjectNode port = (ObjectNode) deployment.at("/spec/template/spec/containers/0/ports/0");
    port.put("containerPort", "http");

    assertThat(schemas.problems(deployment))
        .anyMatch(
            problem -> problem.contains("/spec/template/spec/containers/0/ports/0/containerPort:"));
  }

  @Test
  void refuses_a_pod_without_containers() {
    ObjectNode deployment = copy("Deployment", "ethiek-portal-ui");
    ((ObjectNode) deployment.at("/spec/template/spec")).remove("containers");

    assertThat(schemas.problems(deployment)).anyMatch(problem -> problem.contains("containers"));
  }

  @Test
  void refuses_a_kafka_topic_with_replicas_as_text_and_an_unknown_field() {
    ObjectNode topic = copy("KafkaTopic", "participation.vote-cast.v1");
    ((ObjectNode) topic.get("spec")).put("replicas", "three").put("replicationFactor", 3);

    List<String> problems = schemas.problems(topic);

    assertThat(problems).anyMatch(problem -> problem.contains("/spec/replicas:"));
    assertThat(problems).anyMatch(problem -> problem.contains("replicationFactor"));
  }

  @Test
  void refuses_a_kafka_listener_of_an_unknown_type() {
    ObjectNode kafka = copy("Kafka", "ethiek-kafka");
    ((ObjectNode) kafka.at("/spec/kafka/listeners/0")).put("type", "external");

    assertThat(schemas.problems(kafka))
        .anyMatch(problem -> problem.contains("/spec/kafka/listeners/0/type:"));
  }

  @Test
  void refuses_a_postgres_cluster_without_instances() {
    ObjectNode cluster = copy("Cluster", "ethiek-pg");
    ((ObjectNode) cluster.get("spec")).remove("instances");

    assertThat(schemas.problems(cluster)).anyMatch(problem -> problem.contains("instances"));
  }

  @Test
  void refuses_a_database_without_owner() {
    ObjectNode database = copy("Database", "ethiek-pg-cases");
    ((ObjectNode) database.get("spec")).remove("owner");

    assertThat(schemas.problems(database)).anyMatch(problem -> problem.contains("owner"));
  }

  @Test
  void refuses_session_persistence_of_an_unknown_type() {
    ObjectNode route = copy("HTTPRoute", "ethiek-portal-ui");
    ((ObjectNode) route.at("/spec/rules/0/sessionPersistence")).put("type", "Sticky");

    assertThat(schemas.problems(route))
        .anyMatch(problem -> problem.contains("/spec/rules/0/sessionPersistence/type:"));
  }

  @Test
  void refuses_bad_metadata_of_a_custom_resource() {
    ObjectNode nodePool = copy("KafkaNodePool", "dual-role");
    ((ObjectNode) nodePool.get("metadata")).put("labels", "strimzi.io/cluster=ethiek-kafka");

    assertThat(schemas.problems(nodePool)).anyMatch(problem -> problem.startsWith("/labels:"));
  }

  @Test
  void refuses_a_name_the_api_server_would_refuse() {
    ObjectNode service = copy("Service", "ethiek-case-service");
    ((ObjectNode) service.get("metadata")).put("name", "Case_Service");

    assertThat(schemas.problems(service))
        .anyMatch(problem -> problem.startsWith("/metadata/name:"));
  }

  @Test
  void refuses_a_kind_it_has_no_schema_for() {
    ObjectNode ingress = copy("Service", "ethiek-portal-ui");
    ingress.put("apiVersion", "networking.k8s.io/v1").put("kind", "Ingress");

    assertThat(schemas.problems(ingress))
        .anyMatch(problem -> problem.startsWith("no schema for networking.k8s.io/v1 Ingress"));
  }

  @Test
  void a_broken_value_makes_the_rendered_chart_fail_validation() {
    RenderedChart broken =
        RenderedChart.render(
            Map.of(
                "services.cases.port",
                "eighty-eighty-two",
                "kafka.topicDefaults.replicas",
                "three"));

    List<String> deploymentProblems =
        schemas.problems(broken.named("Deployment", "ethiek-case-service"));
    List<String> topicProblems =
        schemas.problems(broken.named("KafkaTopic", "case.case-opened.v1"));

    assertThat(deploymentProblems).anyMatch(problem -> problem.contains("/containerPort:"));
    assertThat(topicProblems).anyMatch(problem -> problem.contains("/spec/replicas:"));
  }

  private ObjectNode copy(String kind, String name) {
    JsonNode resource = chart.named(kind, name);
    assertThat(schemas.problems(resource)).as("the unbroken %s/%s", kind, name).isEmpty();
    return (ObjectNode) resource.deepCopy();
  }
}
