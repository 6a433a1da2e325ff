package nl.provincie.ethiek.participation.opinion;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Group counts brought up to date from the vote changes equal a full count (ADR 0060). */
class IncrementalCountsTest {
  private final Random random = new Random(9);
  private final VoteMatrix matrix = new VoteMatrix();

  IncrementalCountsTest() {
    for (int s = 0; s < 30; s++) {
      matrix.register(StatementId.of(s), false);
    }
    for (int p = 0; p < 400; p++) {
      for (int v = 0; v < 10; v++) {
        matrix.append(Vote.of(p, random.nextInt(30), Choice.values()[random.nextInt(3)]));
      }
    }
    matrix.normalise();
    matrix.takeChanges();
  }

  private int[] groups(int k) {
    int[] groupOfRow = new int[matrix.rows()];
    for (int row = 0; row < groupOfRow.length; row++) {
      groupOfRow[row] = random.nextInt(k + 1) - 1; // -1: not in a group
    }
    return groupOfRow;
  }

  private void castVotes(int count) {
    for (int v = 0; v < count; v++) {
      long participant = random.nextInt(450); // 50 new participants possible
      matrix.append(Vote.of(participant, random.nextInt(30), Choice.values()[random.nextInt(3)]));
    }
    matrix.normalise();
  }

  @Test
  void counts_follow_changed_votes_new_rows_and_regrouped_rows() {
    int[] groupOfRow = groups(3);
    GroupStatistics.Result previous = GroupStatistics.analyse(matrix, groupOfRow, 3);
    for (int round = 0; round < 20; round++) {
      castVotes(60);
      long[] changes = matrix.takeChanges().cellChanges();
      int[] regrouped = java.util.Arrays.copyOf(previous.counts().groupOfRow(), matrix.rows());
      for (int row = 0; row < regrouped.length; row++) {
        if (row >= previous.counts().groupOfRow().length) {
          regrouped[row] = random.nextInt(3); // a new participant joins a group
        } else if (random.nextInt(40) == 0) {
          regrouped[row] = random.nextInt(4) - 1; // a few rows change group
        }
      }
      int[] updated = GroupStatistics.updated(matrix, regrouped, 3, previous.counts(), changes);
      assertThat(updated).as("incremental path taken").isNotNull();
      GroupStatistics.Result full = GroupStatistics.analyse(matrix, regrouped, 3);
      assertThat(updated).isEqualTo(full.counts().cells());
      GroupStatistics.Result incremental =
          GroupStatistics.analyse(matrix, regrouped, 3, previous.counts(), changes);
      assertThat(incremental.groups()).isEqualTo(full.groups());
      assertThat(incremental.informedAgree()).isEqualTo(full.informedAgree());
      previous = incremental;
    }
  }

  @Test
  void another_k_many_regrouped_rows_or_no_log_count_everything() {
    GroupStatistics.Result previous = GroupStatistics.analyse(matrix, groups(3), 3);
    castVotes(10);
    long[] changes = matrix.takeChanges().cellChanges();
    int[] same = java.util.Arrays.copyOf(previous.counts().groupOfRow(), matrix.rows());
    assertThat(GroupStatistics.updated(matrix, same, 3, previous.counts(), changes)).isNotNull();
    assertThat(GroupStatistics.updated(matrix, same, 3, previous.counts(), null)).isNull();
    assertThat(GroupStatistics.updated(matrix, groups(2), 2, previous.counts(), changes)).isNull();
    assertThat(GroupStatistics.updated(matrix, groups(3), 3, previous.counts(), changes)).isNull();
  }
}
