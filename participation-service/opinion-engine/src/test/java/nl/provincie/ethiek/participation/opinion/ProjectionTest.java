package nl.provincie.ethiek.participation.opinion;

import static nl.provincie.ethiek.participation.opinion.Choice.AGREE;
import static nl.provincie.ethiek.participation.opinion.Choice.DISAGREE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * Three participants, two statements: p1 agrees with both, p2 disagrees with both, p3 agrees with
 * s0 only. Centres (1/3, 0); centred rows (2/3, 1), (-4/3, -1), (2/3, missing = 0); X^T X = [[8/3,
 * 2], [2, 2]], whose top eigenvalue is (14 + sqrt(148)) / 6.
 */
class ProjectionTest {
  private static final org.assertj.core.data.Offset<Double> CLOSE = within(1e-6);

  private static Snapshot threeParticipants(boolean rejectExtra) {
    Batch.Builder batch =
        Batch.builder()
            .statements(0, 3)
            .vote(1, 0, AGREE)
            .vote(1, 1, AGREE)
            .vote(2, 0, DISAGREE)
            .vote(2, 1, DISAGREE)
            .vote(3, 0, AGREE);
    if (rejectExtra) {
      batch.vote(1, 2, AGREE).reject(StatementId.of(2));
    }
    return new OpinionEngine().update(batch.build());
  }

  @Test
  void first_component_and_positions_by_hand() {
    Snapshot snapshot = threeParticipants(false);
    double lambda = (14 + Math.sqrt(148)) / 6;
    double v0 = 1 / Math.sqrt(1 + Math.pow((lambda - 8.0 / 3) / 2, 2));
    double v1 = v0 * (lambda - 8.0 / 3) / 2;
    // p1 voted on both of 2 statements: scale sqrt(2/2); p3 on one: sqrt(2/1)
    assertThat(x(snapshot, 1)).isCloseTo(2.0 / 3 * v0 + v1, CLOSE);
    assertThat(x(snapshot, 2)).isCloseTo(-4.0 / 3 * v0 - v1, CLOSE);
    assertThat(x(snapshot, 3)).isCloseTo(2.0 / 3 * v0 * Math.sqrt(2), CLOSE);
  }

  @Test
  void second_component_is_orthogonal_and_seeded_from_all_ones() {
    Snapshot snapshot = threeParticipants(false);
    double lambda = (14 + Math.sqrt(148)) / 6;
    double v0 = 1 / Math.sqrt(1 + Math.pow((lambda - 8.0 / 3) / 2, 2));
    double v1 = v0 * (lambda - 8.0 / 3) / 2;
    // all ones minus its projection on v, normalised: sign follows the start vector
    double dot = v0 + v1;
    double r0 = 1 - dot * v0;
    double r1 = 1 - dot * v1;
    double norm = Math.hypot(r0, r1);
    assertThat(y(snapshot, 1)).isCloseTo(2.0 / 3 * r0 / norm + r1 / norm, CLOSE);
    assertThat(y(snapshot, 3)).isCloseTo(2.0 / 3 * r0 / norm * Math.sqrt(2), CLOSE);
  }

  @Test
  void the_order_in_which_statements_were_registered_does_not_change_the_map() {
    int[][] orders = {{0, 1, 2}, {0, 2, 1}, {1, 0, 2}, {1, 2, 0}, {2, 0, 1}, {2, 1, 0}};
    Snapshot reference = threeParticipants(false);
    for (int[] order : orders) {
      OpinionEngine engine = new OpinionEngine();
      for (int statement : order) {
        engine.record(Batch.builder().statement(StatementId.of(statement)).build());
      }
      Snapshot snapshot =
          engine.update(
              Batch.builder()
                  .vote(1, 0, AGREE)
                  .vote(1, 1, AGREE)
                  .vote(2, 0, DISAGREE)
                  .vote(2, 1, DISAGREE)
                  .vote(3, 0, AGREE)
                  .build());
      for (long p = 1; p <= 3; p++) {
        assertThat(x(snapshot, p)).as("order %s", order).isCloseTo(x(reference, p), CLOSE);
        assertThat(y(snapshot, p)).as("order %s", order).isCloseTo(y(reference, p), CLOSE);
      }
    }
  }

  @Test
  void statement_position_is_a_virtual_participant_who_agreed_with_it_only() {
    Snapshot snapshot = threeParticipants(false);
    double lambda = (14 + Math.sqrt(148)) / 6;
    double v0 = 1 / Math.sqrt(1 + Math.pow((lambda - 8.0 / 3) / 2, 2));
    StatementSummary s0 = snapshot.statement(StatementId.of(0)).orElseThrow();
    // (1 - centre) * pc * sqrt(n_statements)
    assertThat(s0.x()).isCloseTo((1 - 1.0 / 3) * v0 * Math.sqrt(2), CLOSE);
    assertThat(s0.extremity()).isCloseTo(Math.hypot(s0.x(), s0.y()), CLOSE);
  }

  @Test
  void rejected_columns_are_zero_but_count_as_voted_for_the_scaling() {
    Snapshot snapshot = threeParticipants(true);
    double lambda = (14 + Math.sqrt(148)) / 6;
    double v0 = 1 / Math.sqrt(1 + Math.pow((lambda - 8.0 / 3) / 2, 2));
    // 3 statements in the matrix; p3 now counts 1 vote + 1 rejected column: sqrt(3/2)
    assertThat(x(snapshot, 3)).isCloseTo(2.0 / 3 * v0 * Math.sqrt(3.0 / 2), CLOSE);
    StatementSummary rejected = snapshot.statement(StatementId.of(2)).orElseThrow();
    assertThat(rejected.agrees()).isEqualTo(1);
    assertThat(rejected.x()).isZero();
    assertThat(rejected.priority()).isZero();
  }

  private static double x(Snapshot snapshot, long participant) {
    return snapshot.participant(ParticipantId.of(participant)).orElseThrow().x();
  }

  private static double y(Snapshot snapshot, long participant) {
    return snapshot.participant(ParticipantId.of(participant)).orElseThrow().y();
  }
}
