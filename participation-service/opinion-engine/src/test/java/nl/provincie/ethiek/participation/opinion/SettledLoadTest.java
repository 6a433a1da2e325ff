package nl.provincie.ethiek.participation.opinion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link SettledLoad} gives the same vote matrix however many ranges count and gather. */
class SettledLoadTest {
  private static final int STATEMENTS = 50;

  @ParameterizedTest
  @ValueSource(longs = {0, 1L << 40})
  void the_matrix_does_not_depend_on_the_number_of_ranges(long idOffset) {
    VoteColumns votes = later(new Random(17), idOffset);
    String one = state(loaded(votes, 1, idOffset));
    assertThat(one).contains("rows=");
    for (int parts : new int[] {2, 3, 7}) {
      assertThat(state(loaded(votes, parts, idOffset))).as("%d ranges", parts).isEqualTo(one);
    }
  }

  @Test
  void an_unsettled_matrix_is_refused() {
    VoteMatrix matrix = new VoteMatrix();
    matrix.register(StatementId.of(0), false);
    VoteColumns none = VoteColumns.builder(0).build();
    assertThatThrownBy(() -> SettledLoad.load(matrix, none, LaterWindows.all()))
        .isInstanceOf(IllegalStateException.class);
  }

  /** A settled matrix: 20 participants with 10 votes each, recorded before. */
  private static VoteMatrix loaded(VoteColumns votes, int parts, long idOffset) {
    VoteMatrix matrix = new VoteMatrix();
    for (int s = 0; s < STATEMENTS; s++) {
      matrix.register(StatementId.of(s), false);
    }
    for (int p = 0; p < 20; p++) {
      for (int s = 0; s < 10; s++) {
        matrix.append(Vote.of(idOffset + p * 3, s + p, Choice.values()[(p + s) % 3]));
      }
    }
    matrix.normalise();
    assertThat(matrix.settled()).isTrue();
    SettledLoad.load(matrix, votes, LaterWindows.all(), parts);
    return matrix;
  }

  /** Later votes: changed votes with equal and unequal times, unknown statements, new ids. */
  private static VoteColumns later(Random random, long idOffset) {
    VoteColumns.Builder votes = VoteColumns.builder(16);
    for (int i = 0; i < 100_000; i++) {
      int statement = random.nextInt(STATEMENTS + 5);
      long participant = idOffset + random.nextInt(3_000);
      votes.add(participant, statement, Choice.values()[random.nextInt(3)], random.nextInt(400));
    }
    return votes.build();
  }

  /** Everything the matrix holds that a computation reads, as text. */
  private static String state(VoteMatrix matrix) {
    List<String> lines = new ArrayList<>();
    lines.add(
        "rows="
            + matrix.rows()
            + " in="
            + matrix.inConversationCount()
            + " voted="
            + matrix.votedColumns()
            + " ignored="
            + matrix.ignoredVotes());
    for (int row = 0; row < matrix.rows(); row++) {
      lines.add(
          matrix.participant(row)
              + " "
              + matrix.inConversation(row)
              + " "
              + matrix.firstStatement(row)
              + " "
              + Arrays.toString(Arrays.copyOf(matrix.cells(row), matrix.length(row))));
    }
    for (int c = 0; c < matrix.columns(); c++) {
      lines.add(
          c
              + ": "
              + matrix.agrees(c)
              + " "
              + matrix.disagrees(c)
              + " "
              + matrix.passes(c)
              + " "
              + matrix.castAgrees(c)
              + " "
              + matrix.castDisagrees(c)
              + " "
              + matrix.castPasses(c));
    }
    return String.join("\n", lines);
  }
}
