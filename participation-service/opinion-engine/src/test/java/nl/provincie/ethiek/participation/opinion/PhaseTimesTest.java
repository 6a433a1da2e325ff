package nl.provincie.ethiek.participation.opinion;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PhaseTimesTest {

  @Test
  void a_computation_reports_its_phases_within_its_own_wall_time() {
    OpinionEngine engine = new OpinionEngine();
    Batch.Builder batch = Batch.builder().statements(0, 20);
    for (int p = 0; p < 200; p++) {
      for (int s = 0; s < 10; s++) {
        batch.vote(p, (p + s) % 20, (p + s) % 3 == 0 ? Choice.DISAGREE : Choice.AGREE);
      }
    }
    Batch built = batch.build();
    long start = System.nanoTime();
    Snapshot snapshot = engine.update(built);
    long wall = System.nanoTime() - start;

    PhaseTimes times = snapshot.phaseTimes();
    assertThat(times.componentsNanos()).isPositive();
    assertThat(times.clusteringNanos()).isPositive();
    assertThat(times.statisticsNanos()).isPositive();
    assertThat(times.totalNanos())
        .isEqualTo(
            times.mergeNanos()
                + times.componentsNanos()
                + times.rowOrderNanos()
                + times.clusteringNanos()
                + times.statisticsNanos()
                + times.snapshotNanos())
        .isLessThanOrEqualTo(wall);
  }
}
