package nl.provincie.ethiek.participation.opinion;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VoteMatrixTest {

  @Test
  void changing_the_only_vote_on_a_statement_keeps_it_counted_once() {
    VoteMatrix matrix = new VoteMatrix();
    matrix.register(StatementId.of(0), false);
    matrix.register(StatementId.of(1), false);
    matrix.append(Vote.of(1, 0, Choice.AGREE));
    matrix.append(Vote.of(1, 1, Choice.AGREE));
    matrix.normalise();
    matrix.append(Vote.of(1, 1, Choice.DISAGREE)); // small tail: in-place path
    matrix.normalise();
    assertThat(matrix.votedColumns()).isEqualTo(2);
    for (int i = 0; i < 20; i++) {
      matrix.append(Vote.of(1, i % 2, i % 3 == 0 ? Choice.PASS : Choice.AGREE)); // merge path
    }
    matrix.normalise();
    assertThat(matrix.votedColumns()).isEqualTo(2);
    assertThat(matrix.length(0)).isEqualTo(2);
    assertThat(matrix.votes(0) + matrix.votes(1)).isEqualTo(2);
    // latest wins: i = 18 -> statement 0 pass, i = 19 -> statement 1 agree
    assertThat(matrix.passes(0)).isEqualTo(1);
    assertThat(matrix.agrees(1)).isEqualTo(1);
  }

  @Test
  void small_batches_keep_rows_sorted_with_the_latest_vote() {
    VoteMatrix matrix = new VoteMatrix();
    for (int s = 0; s < 50; s++) {
      matrix.register(StatementId.of(s), false);
    }
    java.util.Random random = new java.util.Random(3);
    int[] latest = new int[50];
    java.util.Arrays.fill(latest, -1);
    for (int batch = 0; batch < 200; batch++) {
      for (int v = 0, n = 1 + random.nextInt(4); v < n; v++) {
        int s = random.nextInt(50);
        Choice choice = Choice.values()[random.nextInt(3)];
        matrix.append(Vote.of(7, s, choice));
        latest[s] = choice.code();
      }
      matrix.normalise();
    }
    int[] cells = matrix.cells(0);
    int expected = 0;
    for (int s = 0; s < 50; s++) {
      if (latest[s] >= 0) {
        assertThat(cells[expected++]).isEqualTo(s << 2 | latest[s]);
      }
    }
    assertThat(matrix.length(0)).isEqualTo(expected);
  }

  @Test
  void changes_name_each_touched_row_once_and_every_latest_vote_change() {
    VoteMatrix matrix = new VoteMatrix();
    matrix.register(StatementId.of(0), false);
    matrix.register(StatementId.of(1), false);
    matrix.append(Vote.of(1, 0, Choice.AGREE));
    matrix.append(Vote.of(2, 1, Choice.PASS));
    matrix.append(Vote.of(1, 1, Choice.AGREE));
    matrix.normalise();
    matrix.takeChanges();
    matrix.append(Vote.of(2, 1, Choice.DISAGREE)); // replaces a pass
    matrix.append(Vote.of(2, 0, Choice.AGREE)); // new cell
    matrix.normalise();
    VoteMatrix.Changes changes = matrix.takeChanges();
    assertThat(changes.touchedRows()).containsExactly(1); // participant 2 is row 1
    java.util.List<String> logged = new java.util.ArrayList<>();
    for (long change : changes.cellChanges()) {
      int cell = VoteMatrix.changedCell(change);
      logged.add(
          VoteMatrix.changedRow(change)
              + ":"
              + (cell >>> 2)
              + "/"
              + (cell & 3)
              + ":"
              + VoteMatrix.changeDelta(change));
    }
    // the new vote is counted before the replaced one is uncounted
    assertThat(logged).containsExactlyInAnyOrder("1:1/2:1", "1:1/0:-1", "1:0/1:1");
    assertThat(matrix.takeChanges().touchedRows()).isEmpty();
  }

  @Test
  void too_many_changes_are_not_logged() {
    VoteMatrix matrix = new VoteMatrix();
    matrix.register(StatementId.of(0), false);
    for (int p = 0; p <= VoteMatrix.CHANGE_LOG_LIMIT; p++) {
      matrix.append(Vote.of(p, 0, Choice.AGREE));
    }
    matrix.normalise();
    VoteMatrix.Changes changes = matrix.takeChanges();
    assertThat(changes.cellChanges()).isNull();
    assertThat(changes.touchedRows()).hasSize(VoteMatrix.CHANGE_LOG_LIMIT + 1);
    matrix.append(Vote.of(0, 0, Choice.PASS));
    matrix.normalise();
    assertThat(matrix.takeChanges().cellChanges()).hasSize(2); // logging again after a take
  }
}
