package nl.provincie.ethiek.deployment;

import static nl.provincie.ethiek.deployment.RenderedChart.describe;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import nl.provincie.ethiek.deployment.schema.SchemaCatalog;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class RenderedResourcesMatchSchemasTest {

  private final RenderedChart chart = RenderedChart.withProvinceValues();
  private final SchemaCatalog schemas = SchemaCatalog.bundled();

  @Test
  void every_rendered_resource_matches_the_schema_of_its_kind() {
    Map<String, List<String>> problems = new LinkedHashMap<>();
    for (JsonNode resource : chart.all()) {
      List<String> found = schemas.problems(resource);
      if (!found.isEmpty()) {
        problems.put(describe(resource), found);
      }
    }

    assertThat(chart.all()).isNotEmpty();
    assertThat(problems).isEmpty();
  }

  @Test
  void renders_every_part_of_the_deployment() {
    Map<String, Long> kinds =
        chart.all().stream()
            .collect(
                Collectors.groupingBy(RenderedChart::kindOf, TreeMap::new, Collectors.counting()));

    assertThat(kinds)
        .containsEntry("Deployment", 4L)
        .containsEntry("Service", 4L)
        .containsEntry("ServiceAccount", 4L)
        .containsEntry("PodDisruptionBudget", 4L)
        .containsEntry("HorizontalPodAutoscaler", 1L)
        .containsEntry("HTTPRoute", 1L)
        .containsEntry("Kafka", 1L)
        .containsEntry("KafkaNodePool", 1L)
        .containsEntry("Cluster", 1L)
        .containsEntry("Database", 3L)
        .containsEntry("DatabaseRole", 3L)
        .containsKey("KafkaTopic")
        .containsKey("NetworkPolicy");
  }
}
