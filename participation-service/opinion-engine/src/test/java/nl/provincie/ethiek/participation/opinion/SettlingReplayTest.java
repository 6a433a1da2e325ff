package nl.provincie.ethiek.participation.opinion;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.LongUnaryOperator;
import nl.provincie.ethiek.participation.opinion.cli.PolisExport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The cold rebuild over columns (earliest windows one by one, the rest at once, ADR 0062) gives
 * exactly the engine of the window-by-window replay in time order: the same snapshot, and the same
 * snapshot again after more votes.
 */
class SettlingReplayTest {

  private static final int STATEMENTS = 60;

  @Test
  void changed_votes_ties_and_times_out_of_order() {
    Random random = new Random(5);
    VoteColumns.Builder votes = VoteColumns.builder(16);
    for (int i = 0; i < 120_000; i++) {
      long at = 1_500_000_000_000L + random.nextInt(20_000_000);
      if (random.nextInt(10) == 0) {
        at = 1_500_000_000_000L + random.nextInt(50) * 1_000L; // many votes in a few seconds
      }
      votes.add(random.nextInt(2_000), random.nextInt(STATEMENTS), choice(random), at);
    }
    assertSameEngine(votes.build(), Replay.DEFAULT, Set.of(), Set.of());
  }

  @Test
  void unknown_statements_rejected_and_meta_statements_and_other_windows() {
    Random random = new Random(8);
    VoteColumns.Builder votes = VoteColumns.builder(16);
    for (int i = 0; i < 60_000; i++) {
      // statements 60-69 are unknown: their votes are ignored, and a participant who voted only on
      // them has no row
      int statement = random.nextInt(STATEMENTS + 10);
      long participant = statement >= STATEMENTS && random.nextBoolean() ? 10_000 + i : i % 900;
      votes.add(participant, statement, choice(random), random.nextInt(5_000_000));
    }
    VoteColumns columns = votes.build();
    Set<StatementId> meta = Set.of(StatementId.of(3));
    Set<StatementId> rejected = Set.of(StatementId.of(4), StatementId.of(7));
    for (Replay replay : List.of(Replay.DEFAULT, Replay.cold(1), Replay.cold(60_000))) {
      assertSameEngine(columns, replay, meta, rejected);
    }
  }

  @ParameterizedTest
  @ValueSource(longs = {0, 1L << 40, -5_000_000})
  void participant_ids_beyond_a_table_or_negative(long offset) {
    Random random = new Random(13);
    VoteColumns.Builder votes = VoteColumns.builder(16);
    for (int i = 0; i < 40_000; i++) {
      long participant = offset + random.nextInt(700) * 7_919L;
      votes.add(participant, random.nextInt(STATEMENTS), choice(random), random.nextInt(900_000));
    }
    assertSameEngine(votes.build(), Replay.DEFAULT, Set.of(), Set.of());
  }

  @Test
  void settling_after_several_rounds_of_early_windows() {
    // 150,000 participants vote once each, one a second, before anyone reaches seven votes: the
    // matrix settles only after the first rounds (65,536 votes, then four times as many)
    Random random = new Random(21);
    List<long[]> rows = new ArrayList<>();
    for (int p = 0; p < 150_000; p++) {
      rows.add(new long[] {p, random.nextInt(STATEMENTS), p * 1_000L});
    }
    for (int p = 0; p < 400; p++) {
      for (int v = 0; v < 20; v++) {
        rows.add(
            new long[] {
              200_000 + p, random.nextInt(STATEMENTS), 150_000_000L + random.nextInt(1 << 30)
            });
      }
    }
    java.util.Collections.shuffle(rows, random);
    VoteColumns.Builder votes = VoteColumns.builder(rows.size());
    for (long[] row : rows) {
      votes.add(row[0], (int) row[1], choice(random), row[2]);
    }
    assertSameEngine(votes.build(), Replay.DEFAULT, Set.of(), Set.of());
  }

  @Test
  void a_conversation_that_never_settles() {
    // 14 participants: fewer than fifteen can ever be in
    Random random = new Random(2);
    VoteColumns.Builder votes = VoteColumns.builder(16);
    for (int i = 0; i < 3_000; i++) {
      votes.add(
          random.nextInt(14), random.nextInt(STATEMENTS), choice(random), random.nextInt(90_000));
    }
    assertSameEngine(votes.build(), Replay.DEFAULT, Set.of(), Set.of());
  }

  @ParameterizedTest
  @ValueSource(strings = {"min", "max", "both"})
  void times_at_the_ends_of_the_long_range(String where) {
    Random random = new Random(34);
    LongUnaryOperator time =
        switch (where) {
          case "min" -> i -> Long.MIN_VALUE + random.nextInt(40_000);
          case "max" -> i -> Long.MAX_VALUE - random.nextInt(40_000);
          default -> i -> random.nextBoolean() ? Long.MIN_VALUE + i : Long.MAX_VALUE - i;
        };
    VoteColumns.Builder votes = VoteColumns.builder(16);
    for (int i = 0; i < 20_000; i++) {
      votes.add(
          random.nextInt(300), random.nextInt(STATEMENTS), choice(random), time.applyAsLong(i));
    }
    VoteColumns columns = votes.build();
    for (Replay replay : List.of(Replay.DEFAULT, Replay.cold(1), Replay.cold(Long.MAX_VALUE))) {
      assertSameEngine(columns, replay, Set.of(), Set.of());
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "vtaiwan.uberx",
        "bg2050-volunteers",
        "canadian-electoral-reform",
        "football-concussions",
        "scoop-hivemind.affordable-housing",
        "scoop-hivemind.freshwater",
        "scoop-hivemind.ubi"
      })
  void the_shared_polis_exports(String name) throws Exception {
    PolisExport export = PolisExport.read(Datasets.polis(name));
    assertThat(export.votes()).isInstanceOf(VoteColumns.class);
    OpinionEngine settling =
        OpinionEngine.rebuild(
            export.statements(),
            export.meta(),
            export.votes(),
            export.rejected(),
            Replay.DEFAULT,
            Rules.CURRENT,
            true);
    OpinionEngine windowByWindow =
        OpinionEngine.rebuild(
            export.statements(),
            export.meta(),
            export.votes(),
            export.rejected(),
            Replay.DEFAULT,
            Rules.CURRENT,
            false);
    assertSameSnapshot(settling.latest().orElseThrow(), windowByWindow.latest().orElseThrow());
  }

  @Test
  void the_public_rebuild_of_a_quarter_million_votes_is_the_window_by_window_one() {
    Random random = new Random(55);
    VoteColumns.Builder votes = VoteColumns.builder(OpinionEngine.SETTLING_FROM_VOTES);
    for (int i = 0; i < OpinionEngine.SETTLING_FROM_VOTES; i++) {
      votes.add(
          random.nextInt(5_000),
          random.nextInt(STATEMENTS),
          choice(random),
          random.nextInt(1 << 30));
    }
    VoteColumns columns = votes.build();
    Set<StatementId> statements = new HashSet<>();
    for (int s = 0; s < STATEMENTS; s++) {
      statements.add(StatementId.of(s));
    }
    Snapshot viaPublic =
        OpinionEngine.rebuild(statements, Set.of(), columns, Set.of()).latest().orElseThrow();
    Snapshot windowByWindow =
        OpinionEngine.rebuild(
                statements, Set.of(), columns, Set.of(), Replay.DEFAULT, Rules.CURRENT, false)
            .latest()
            .orElseThrow();
    assertSameSnapshot(viaPublic, windowByWindow);
  }

  @Test
  void the_settled_rule_needs_the_full_threshold_and_fifteen_in() {
    VoteMatrix matrix = new VoteMatrix();
    for (int s = 0; s < 7; s++) {
      matrix.register(StatementId.of(s), false);
    }
    for (int p = 0; p < 14; p++) {
      for (int s = 0; s < 7; s++) {
        matrix.append(Vote.of(p, s, Choice.AGREE));
      }
    }
    matrix.normalise();
    assertThat(matrix.settled()).isFalse(); // 14 in
    matrix.append(Vote.of(14, 0, Choice.AGREE));
    assertThat(matrix.settled()).isFalse(); // not merged yet
    matrix.normalise();
    assertThat(matrix.inConversationCount()).isEqualTo(15); // the most active is added
    assertThat(matrix.settled()).isTrue();
    matrix.countRejectedAsVotes(true);
    assertThat(matrix.settled()).isFalse();
  }

  @Test
  void later_windows_agree_with_the_division() {
    long[] times = {
      Long.MIN_VALUE,
      Long.MIN_VALUE + 1,
      -1_001,
      -1_000,
      -1,
      0,
      999,
      1_000,
      Long.MAX_VALUE - 1,
      Long.MAX_VALUE
    };
    long[] windowLengths = {1, 1_000, 7, Long.MAX_VALUE};
    for (long length : windowLengths) {
      for (long window : times) {
        long w = Math.floorDiv(window, length);
        LaterWindows later = LaterWindows.after(w, length);
        for (long at : times) {
          assertThat(later.contains(at))
              .as("%d after window %d of %d", at, w, length)
              .isEqualTo(Math.floorDiv(at, length) > w);
        }
      }
    }
    assertThat(LaterWindows.all().contains(Long.MIN_VALUE)).isTrue();
  }

  private static void assertSameEngine(
      VoteColumns votes, Replay replay, Set<StatementId> meta, Set<StatementId> rejected) {
    Set<StatementId> statements = new HashSet<>();
    for (int s = 0; s < STATEMENTS; s++) {
      statements.add(StatementId.of(s));
    }
    OpinionEngine settling =
        OpinionEngine.rebuild(statements, meta, votes, rejected, replay, Rules.CURRENT, true);
    OpinionEngine windowByWindow =
        OpinionEngine.rebuild(statements, meta, votes, rejected, replay, Rules.CURRENT, false);
    assertSameSnapshot(settling.latest().orElseThrow(), windowByWindow.latest().orElseThrow());
    assertThat(settling.votes()).isEqualTo(windowByWindow.votes());
    // the state the engine goes on from is the same too
    Random random = new Random(99);
    Batch.Builder more = Batch.builder();
    for (int i = 0; i < 500; i++) {
      more.vote(random.nextInt(1_000), random.nextInt(STATEMENTS), choice(random));
    }
    Batch batch = more.build();
    assertSameSnapshot(settling.update(batch), windowByWindow.update(batch));
  }

  private static void assertSameSnapshot(Snapshot actual, Snapshot expected) {
    assertThat(actual.k()).isEqualTo(expected.k());
    assertThat(actual.tick()).isEqualTo(expected.tick());
    assertThat(actual.participants()).isEqualTo(expected.participants());
    assertThat(actual.statements()).isEqualTo(expected.statements());
    assertThat(actual.groups()).isEqualTo(expected.groups());
    assertThat(actual.consensus()).isEqualTo(expected.consensus());
    assertThat(actual.diagnostics()).isEqualTo(expected.diagnostics());
  }

  private static Choice choice(Random random) {
    return Choice.values()[random.nextInt(3)];
  }
}
