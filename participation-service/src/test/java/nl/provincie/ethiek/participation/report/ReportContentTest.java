package nl.provincie.ethiek.participation.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.serde.ObjectMapper;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.provincie.ethiek.participation.analysis.OpinionMapView;
import org.junit.jupiter.api.Test;

class ReportContentTest {

  private static final UUID STATEMENT = UUID.fromString("00000000-0000-0000-0000-000000000007");

  private final ObjectMapper json = ObjectMapper.getDefault();

  private final OpinionMapView map =
      new OpinionMapView(
          UUID.randomUUID(),
          4,
          Instant.parse("2026-12-07T01:00:00Z"),
          30,
          30,
          300,
          10,
          2,
          List.of(
              new OpinionMapView.GroupView(
                  0,
                  "Groep A",
                  15,
                  List.of(
                      new OpinionMapView.RepresentativeView(
                          STATEMENT, 7, "Windmolens op zee", "agree", 14, 15, 0.93, 2.5)),
                  List.of("Windmolens op zee"))),
          new OpinionMapView.ConsensusView(
              List.of(new OpinionMapView.ConsensusItem(STATEMENT, 7, "Meebeslissen", 29, 30, 0.97)),
              List.of()),
          List.of(new OpinionMapView.GroupInformedView(STATEMENT, 7, "Meebeslissen", 0.9, 0.05)),
          List.of(),
          List.of(),
          List.of());

  @Test
  void the_report_publishes_the_groups_exactly_as_the_map_gave_them() throws IOException {
    assertThat(json.writeValueAsString(ReportContent.groups(map)))
        .isEqualTo(json.writeValueAsString(map.groups()));
  }

  @Test
  void the_report_publishes_the_consensus_exactly_as_the_map_gave_it() throws IOException {
    assertThat(json.writeValueAsString(ReportContent.consensus(map)))
        .isEqualTo(json.writeValueAsString(map.consensus()));
    assertThat(json.writeValueAsString(ReportContent.groupInformed(map)))
        .isEqualTo(json.writeValueAsString(map.groupInformedConsensus()));
  }
}
