package nl.provincie.ethiek.participation.opinion;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class RowOrdersTest {

  /** Votes of participants 5, 8, 11, ... on random statements; new ids arrive below and above. */
  private static VoteMatrix matrix(Random random, int participants, int statements) {
    VoteMatrix matrix = new VoteMatrix();
    for (int s = 0; s < statements; s++) {
      matrix.register(StatementId.of(s), false);
    }
    for (int p = 0; p < participants; p++) {
      for (int v = 0; v < 8; v++) {
        matrix.append(Vote.of(p * 3L + 5, 10 + random.nextInt(statements - 10), Choice.AGREE));
      }
    }
    matrix.normalise();
    return matrix;
  }

  @Test
  void kept_orders_equal_a_full_sort_after_every_batch() {
    Random random = new Random(5);
    int participants = 2_000;
    int statements = 60;
    VoteMatrix matrix = matrix(random, participants, statements);
    RowOrders kept = new RowOrders();
    kept.inConversation(matrix, kept.byId(matrix), matrix.takeChanges().touchedRows());
    int incrementalBatches = 0;
    for (int batch = 0; batch < 40; batch++) {
      for (int v = 0; v < 30; v++) {
        long id =
            switch (random.nextInt(4)) {
              case 0 -> random.nextInt(participants) * 3L + 4; // new, between existing ids
              case 1 -> participants * 3L + random.nextInt(1_000); // new, above
              default -> random.nextInt(participants) * 3L + 5; // existing
            };
        // low statement ids move a row's first statement, and with it its place in row order
        matrix.append(Vote.of(id, random.nextInt(statements), Choice.DISAGREE));
      }
      matrix.normalise();
      int[] touched = matrix.takeChanges().touchedRows();
      incrementalBatches += touched.length <= matrix.rows() / 8 ? 1 : 0;
      RowOrders.ById byId = kept.byId(matrix);
      int[] order = kept.inConversation(matrix, byId, touched);

      RowOrders fresh = new RowOrders();
      RowOrders.ById expectedById = fresh.byId(matrix);
      assertThat(byId.sortedIds()).isEqualTo(expectedById.sortedIds());
      assertThat(byId.rowOfRank()).isEqualTo(expectedById.rowOfRank());
      assertThat(order).isEqualTo(fresh.inConversation(matrix, expectedById, touched));
    }
    assertThat(incrementalBatches).isEqualTo(40);
  }

  @Test
  void spec_row_order_is_by_first_statement_then_participant_id() {
    VoteMatrix matrix = new VoteMatrix();
    for (int s = 0; s < 10; s++) {
      matrix.register(StatementId.of(s), false);
    }
    // participant 30 first votes on 4, participant 10 on 6, participant 20 on 4
    for (long id : new long[] {30, 10, 20}) {
      int first = id == 10 ? 6 : 4;
      for (int s = first; s < first + 3; s++) {
        matrix.append(Vote.of(id, s, Choice.AGREE));
      }
    }
    matrix.normalise();
    RowOrders orders = new RowOrders();
    int[] order =
        orders.inConversation(matrix, orders.byId(matrix), matrix.takeChanges().touchedRows());
    assertThat(java.util.Arrays.stream(order).mapToLong(matrix::participant).toArray())
        .containsExactly(20L, 30L, 10L);
  }

  @Test
  void merge_keeps_both_sorted_inputs_in_order() {
    assertThat(RowOrders.merge(new long[] {1, 4, 9}, new long[] {0, 5, 10, 11}))
        .containsExactly(0, 1, 4, 5, 9, 10, 11);
    long[] unchanged = {2, 3};
    assertThat(RowOrders.merge(unchanged, new long[0])).isSameAs(unchanged);
  }
}
