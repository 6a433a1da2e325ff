package nl.provincie.ethiek.participation.opinion;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Older pol.is rules, to compare with exports it computed (ADR 0057). */
class RulesTest {

  private static Set<StatementId> ids(int from, int to) {
    Set<StatementId> ids = new HashSet<>();
    for (int s = from; s < to; s++) {
      ids.add(StatementId.of(s));
    }
    return ids;
  }

  /**
   * Twenty participants with seven votes on statements 0-9, five with one vote at t = 10 s, and
   * seven rejected statements 10-16 that someone voted on.
   */
  private static List<Vote> withRejectedStatements() {
    List<Vote> votes = new ArrayList<>();
    for (int p = 0; p < 20; p++) {
      for (int s = 0; s < 7; s++) {
        Choice choice = (p + s) % 3 == 0 ? Choice.DISAGREE : Choice.AGREE;
        votes.add(new Vote(ParticipantId.of(p), StatementId.of((p + s) % 10), choice, p * 10L + s));
      }
    }
    for (int s = 10; s < 17; s++) {
      votes.add(new Vote(ParticipantId.of(0), StatementId.of(s), Choice.AGREE, 500 + s));
    }
    for (int p = 100; p < 105; p++) {
      votes.add(new Vote(ParticipantId.of(p), StatementId.of(p % 10), Choice.AGREE, 10_000 + p));
    }
    return votes;
  }

  private static Set<Long> inConversation(Rules rules) {
    Snapshot snapshot =
        OpinionEngine.rebuild(
                ids(0, 17), Set.of(), withRejectedStatements(), ids(10, 17), Replay.DEFAULT, rules)
            .latest()
            .orElseThrow();
    Set<Long> in = new HashSet<>();
    snapshot.participants().stream()
        .filter(ParticipantPosition::inConversation)
        .forEach(p -> in.add(p.id().value()));
    return in;
  }

  @Test
  void the_2017_counting_defect_lets_everyone_in_when_seven_statements_are_rejected() {
    assertThat(inConversation(Rules.CURRENT)).hasSize(20).doesNotContain(100L, 104L);
    assertThat(inConversation(Rules.POLIS_2017)).hasSize(25).contains(100L, 104L);
    assertThat(inConversation(new Rules(false, Long.MAX_VALUE, false))).hasSize(25);
  }

  @Test
  void the_defect_applies_only_to_votes_cast_before_its_fix() {
    // the five one-vote participants vote at 10 s: a fix at 5 s keeps them out, one at 20 s not
    assertThat(inConversation(new Rules(false, 5_000, false))).hasSize(20);
    assertThat(inConversation(new Rules(false, 20_000, false))).hasSize(25);
  }

  @Test
  void zero_imputation_positions_are_a_dense_zero_filled_pca_projected_over_votes_cast() {
    List<Vote> votes = IncrementalTest.conversation(6);
    Snapshot ours =
        OpinionEngine.rebuild(
                ids(0, 40), Set.of(), votes, Set.of(), Replay.DEFAULT, new Rules(true, 0, false))
            .latest()
            .orElseThrow();
    Snapshot spec =
        OpinionEngine.rebuild(ids(0, 40), Set.of(), votes, Set.of()).latest().orElseThrow();
    Map<Long, double[]> reference = zeroFilledReference(votes, 120, 40);
    double signX = 0;
    double signY = 0;
    for (ParticipantPosition p : ours.participants()) {
      double[] r = reference.get(p.id().value());
      signX += p.x() * r[0];
      signY += p.y() * r[1];
    }
    double largestSpecDifference = 0;
    for (ParticipantPosition p : ours.participants()) {
      double[] r = reference.get(p.id().value());
      assertThat(p.x()).as("x of %s", p.id()).isCloseTo(Math.signum(signX) * r[0], within());
      assertThat(p.y()).as("y of %s", p.id()).isCloseTo(Math.signum(signY) * r[1], within());
      ParticipantPosition s = spec.participant(p.id()).orElseThrow();
      largestSpecDifference =
          Math.max(largestSpecDifference, Math.hypot(s.x() - p.x(), s.y() - p.y()));
    }
    assertThat(largestSpecDifference)
        .as("the spec's imputation gives other positions")
        .isGreaterThan(0.05);
  }

  /** The engine stops its power iteration at an estimated error of 1e-4 (ADR 0007, point 3). */
  private static org.assertj.core.data.Offset<Double> within() {
    return org.assertj.core.data.Offset.offset(5e-3);
  }

  /**
   * pol.is before 2017-10-21, densely: missing votes 0, centre = column mean over all rows, two
   * components by power iteration with deflation to convergence, a participant's position = sum
   * over their votes of (vote - centre) * pc, times sqrt(n_statements / n_votes).
   */
  private static Map<Long, double[]> zeroFilledReference(
      List<Vote> votes, int participants, int statements) {
    double[][] value = new double[participants][statements];
    boolean[][] voted = new boolean[participants][statements];
    List<Vote> ordered = new ArrayList<>(votes);
    ordered.sort(java.util.Comparator.comparingLong(Vote::castAtMillis));
    for (Vote v : ordered) {
      int p = (int) v.participant().value();
      int s = v.statement().value();
      value[p][s] = v.choice() == Choice.AGREE ? 1 : v.choice() == Choice.DISAGREE ? -1 : 0;
      voted[p][s] = true;
    }
    double[] centre = new double[statements];
    for (int s = 0; s < statements; s++) {
      for (int p = 0; p < participants; p++) {
        centre[s] += value[p][s] / participants;
      }
    }
    double[][] centred = new double[participants][statements];
    for (int p = 0; p < participants; p++) {
      for (int s = 0; s < statements; s++) {
        centred[p][s] = value[p][s] - centre[s];
      }
    }
    double[] first = leadingComponent(centred, null);
    double[] second = leadingComponent(centred, first);
    Map<Long, double[]> positions = new HashMap<>();
    for (int p = 0; p < participants; p++) {
      double x = 0;
      double y = 0;
      int n = 0;
      for (int s = 0; s < statements; s++) {
        if (voted[p][s]) {
          x += (value[p][s] - centre[s]) * first[s];
          y += (value[p][s] - centre[s]) * second[s];
          n++;
        }
      }
      double scale = Math.sqrt(statements / (double) Math.max(n, 1));
      positions.put((long) p, new double[] {x * scale, y * scale});
    }
    return positions;
  }

  private static double[] leadingComponent(double[][] m, double[] deflate) {
    int columns = m[0].length;
    double[] v = new double[columns];
    java.util.Arrays.fill(v, 1.0);
    v[0] = 2.0;
    for (int iteration = 0; iteration < 5_000; iteration++) {
      double[] next = new double[columns];
      for (double[] row : m) {
        double dot = 0;
        for (int s = 0; s < columns; s++) {
          dot += row[s] * v[s];
        }
        for (int s = 0; s < columns; s++) {
          next[s] += row[s] * dot;
        }
      }
      if (deflate != null) {
        double along = PowerIteration.dot(next, deflate);
        for (int s = 0; s < columns; s++) {
          next[s] -= along * deflate[s];
        }
      }
      double norm = PowerIteration.norm(next);
      for (int s = 0; s < columns; s++) {
        next[s] /= norm;
      }
      v = next;
    }
    return v;
  }
}
