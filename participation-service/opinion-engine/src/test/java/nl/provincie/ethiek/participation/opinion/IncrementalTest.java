package nl.provincie.ethiek.participation.opinion;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class IncrementalTest {

  /** Two camps of 60 participants over 40 statements, votes in a seeded random order. */
  static List<Vote> conversation(long seed) {
    Random random = new Random(seed);
    List<Vote> votes = new ArrayList<>();
    for (int p = 0; p < 120; p++) {
      int camp = p % 2;
      for (int s = 0; s < 40; s++) {
        if (random.nextDouble() < 0.6) {
          double agree = (s % 2 == camp) ? 0.85 : 0.15;
          double r = random.nextDouble();
          Choice choice =
              r < 0.1 ? Choice.PASS : r < 0.1 + 0.9 * agree ? Choice.AGREE : Choice.DISAGREE;
          votes.add(new Vote(ParticipantId.of(p), StatementId.of(s), choice, votes.size() * 10L));
        }
      }
    }
    java.util.Collections.shuffle(votes, random);
    return votes;
  }

  private static Set<StatementId> statements() {
    Set<StatementId> ids = new HashSet<>();
    for (int s = 0; s < 40; s++) {
      ids.add(StatementId.of(s));
    }
    return ids;
  }

  @Test
  void readers_get_the_latest_snapshot_while_a_computation_holds_the_engine() throws Exception {
    OpinionEngine engine = new OpinionEngine();
    Snapshot first =
        engine.update(
            Batch.builder().statements(0, 40).votes(conversation(3).subList(0, 800)).build());
    java.util.concurrent.ExecutorService reader =
        java.util.concurrent.Executors.newSingleThreadExecutor();
    try {
      // holding the engine's monitor stands in for a long update() on the map worker's thread
      synchronized (engine) {
        java.util.concurrent.Future<java.util.Optional<Snapshot>> read =
            reader.submit(engine::latest);
        assertThat(read.get(5, java.util.concurrent.TimeUnit.SECONDS)).containsSame(first);
      }
    } finally {
      reader.shutdownNow();
    }
  }

  @Test
  void ticks_grow_by_one_and_snapshots_are_immutable() {
    OpinionEngine engine = new OpinionEngine();
    List<Vote> votes = conversation(1);
    engine.record(Batch.builder().statements(0, 40).build());
    Snapshot previous = null;
    for (int from = 0; from < votes.size(); from += 500) {
      Snapshot snapshot =
          engine.update(
              Batch.builder()
                  .votes(votes.subList(from, Math.min(votes.size(), from + 500)))
                  .build());
      if (previous != null) {
        assertThat(snapshot.tick()).isEqualTo(previous.tick() + 1);
        assertThat(previous.participants()).isNotEqualTo(snapshot.participants());
      }
      previous = snapshot;
    }
    assertThat(previous.k()).isEqualTo(2);
  }

  @Test
  void the_same_input_gives_the_same_output() {
    List<Vote> votes = conversation(2);
    Snapshot a =
        OpinionEngine.rebuild(statements(), Set.of(), votes, Set.of()).latest().orElseThrow();
    Snapshot b =
        OpinionEngine.rebuild(statements(), Set.of(), votes, Set.of()).latest().orElseThrow();
    assertThat(a.participants()).isEqualTo(b.participants());
    assertThat(a.groups()).isEqualTo(b.groups());
    assertThat(a.statements()).isEqualTo(b.statements());
  }

  @Test
  void rebuild_from_all_votes_finds_the_camps_and_agrees_with_incremental_groups() {
    List<Vote> votes = conversation(3);
    OpinionEngine incremental = new OpinionEngine();
    incremental.record(Batch.builder().statements(0, 40).build());
    Snapshot live = null;
    for (int from = 0; from < votes.size(); from += 400) {
      live =
          incremental.update(
              Batch.builder()
                  .votes(votes.subList(from, Math.min(votes.size(), from + 400)))
                  .build());
    }
    Snapshot rebuilt =
        OpinionEngine.rebuild(statements(), Set.of(), votes, Set.of()).latest().orElseThrow();
    assertThat(rebuilt.tick()).isEqualTo(1);
    assertThat(rebuilt.k()).isEqualTo(2);
    assertThat(live.k()).isEqualTo(2);
    for (ParticipantPosition p : rebuilt.participants()) {
      int camp = (int) (p.id().value() % 2);
      int otherCamp = (int) ((p.id().value() + 1) % 2);
      assertThat(p.group().getAsInt())
          .isEqualTo(groupOf(rebuilt, camp))
          .isNotEqualTo(groupOf(rebuilt, otherCamp));
      assertThat(live.participant(p.id()).orElseThrow().group().getAsInt())
          .isEqualTo(groupOf(live, camp));
    }
    assertThat(live.statements())
        .extracting(StatementSummary::agrees)
        .isEqualTo(rebuilt.statements().stream().map(StatementSummary::agrees).toList());
  }

  private static int groupOf(Snapshot snapshot, long participant) {
    return snapshot.participant(ParticipantId.of(participant)).orElseThrow().group().getAsInt();
  }
}
