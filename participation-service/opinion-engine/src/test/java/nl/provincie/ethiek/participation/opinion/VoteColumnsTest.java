package nl.provincie.ethiek.participation.opinion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.Test;

/** Votes as columns: a list like any other, and the same replay order as a list of records. */
class VoteColumnsTest {

  @Test
  void the_radix_time_order_is_the_stable_order_of_the_records() {
    Random random = new Random(11);
    List<LongSupplier> times =
        List.of(
            () -> random.nextInt(20), // many ties: stability decides
            () -> 1_435_654_192_085L + random.nextInt(400_000_000),
            () -> random.nextLong() >> 20, // negative and positive
            () ->
                random.nextBoolean()
                    ? Long.MIN_VALUE + random.nextInt(3)
                    : Long.MAX_VALUE - random.nextInt(3)); // a span beyond a long
    for (LongSupplier time : times) {
      List<Vote> records = new ArrayList<>();
      VoteColumns.Builder builder = VoteColumns.builder(4);
      for (int i = 0; i < 5_000; i++) {
        Vote vote = vote(random, 300, 40, time.getAsLong());
        records.add(vote);
        builder.add(vote);
      }
      VoteColumns columns = builder.build();
      assertThat(columns).isEqualTo(records);
      List<Vote> expected = OpinionEngine.inTimeOrder(records);
      assertThat(expected).isNotSameAs(records);
      List<Vote> ordered = OpinionEngine.inTimeOrder(columns);
      assertThat(ordered).isInstanceOf(VoteColumns.class).isEqualTo(expected);
      assertThat(ordered.subList(1_000, 1_010)).isEqualTo(expected.subList(1_000, 1_010));
      assertThat(OpinionEngine.inTimeOrder(ordered)).isSameAs(ordered);
    }
  }

  @Test
  void a_rebuild_over_columns_equals_one_over_records() {
    Random random = new Random(3);
    List<Vote> records = new ArrayList<>();
    VoteColumns.Builder builder = VoteColumns.builder(16);
    for (int i = 0; i < 150_000; i++) {
      // later rows often change an earlier vote; times out of order
      Vote vote = vote(random, 400, 30, random.nextInt(2_000_000));
      records.add(vote);
      builder.add(vote);
    }
    java.util.Set<StatementId> statements = new java.util.HashSet<>();
    for (int s = 0; s < 30; s++) {
      statements.add(StatementId.of(s));
    }
    Snapshot fromRecords =
        OpinionEngine.rebuild(statements, java.util.Set.of(), records, java.util.Set.of())
            .latest()
            .orElseThrow();
    Snapshot fromColumns =
        OpinionEngine.rebuild(statements, java.util.Set.of(), builder.build(), java.util.Set.of())
            .latest()
            .orElseThrow();
    assertThat(fromColumns.participants()).isEqualTo(fromRecords.participants());
    assertThat(fromColumns.statements()).isEqualTo(fromRecords.statements());
    assertThat(fromColumns.groups()).isEqualTo(fromRecords.groups());
  }

  @Test
  void a_builder_hands_its_columns_over_once() {
    VoteColumns.Builder builder = VoteColumns.builder(2).add(1, 2, Choice.AGREE, 3);
    VoteColumns built = builder.build();
    assertThat(built)
        .containsExactly(new Vote(ParticipantId.of(1), StatementId.of(2), Choice.AGREE, 3));
    assertThatThrownBy(builder::clear).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> builder.add(4, 5, Choice.PASS, 6))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> VoteColumns.builder(1).add(1, -1, Choice.PASS, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> built.get(1)).isInstanceOf(IndexOutOfBoundsException.class);
  }

  private static Vote vote(Random random, int participants, int statements, long at) {
    return new Vote(
        ParticipantId.of(random.nextInt(participants)),
        StatementId.of(random.nextInt(statements)),
        Choice.values()[random.nextInt(3)],
        at);
  }

  @Test
  void a_batch_holds_columns_as_they_are_and_copies_them_when_mixed() {
    VoteColumns columns =
        VoteColumns.builder(2).add(1, 0, Choice.AGREE, 5).add(2, 0, Choice.PASS, 6).build();
    Batch batch = Batch.builder().statements(0, 1).votes(columns).build();
    assertThat(batch.votes()).isSameAs(columns);

    Batch mixed = Batch.builder().votes(columns).vote(Vote.of(3, 0, Choice.DISAGREE)).build();
    assertThat(mixed.votes())
        .containsExactly(
            new Vote(ParticipantId.of(1), StatementId.of(0), Choice.AGREE, 5),
            new Vote(ParticipantId.of(2), StatementId.of(0), Choice.PASS, 6),
            Vote.of(3, 0, Choice.DISAGREE));
    Batch twice = Batch.builder().votes(columns).votes(columns).build();
    assertThat(twice.votes()).hasSize(4);
  }
}
