package nl.provincie.ethiek.participation.opinion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The replay options of {@link OpinionEngine#rebuild} (ADR 0057). */
class ReplayTest {

  private static Set<StatementId> statements() {
    Set<StatementId> ids = new HashSet<>();
    for (int s = 0; s < 40; s++) {
      ids.add(StatementId.of(s));
    }
    return ids;
  }

  /** The two-camp conversation of {@link IncrementalTest}, one vote every 10 ms. */
  private static List<Vote> votes() {
    return IncrementalTest.conversation(4);
  }

  @Test
  void the_default_replay_is_the_rebuild_of_before() {
    Snapshot before =
        OpinionEngine.rebuild(statements(), Set.of(), votes(), Set.of()).latest().orElseThrow();
    Snapshot replayed =
        OpinionEngine.rebuild(statements(), Set.of(), votes(), Set.of(), Replay.DEFAULT)
            .latest()
            .orElseThrow();
    assertThat(Replay.DEFAULT).isEqualTo(Replay.cold(1_000));
    assertThat(replayed.tick()).isEqualTo(1);
    assertThat(replayed.participants()).isEqualTo(before.participants());
    assertThat(replayed.groups()).isEqualTo(before.groups());
    assertThat(replayed.statements()).isEqualTo(before.statements());
  }

  @Test
  void a_live_replay_computes_after_every_window_as_updates_do() {
    List<Vote> votes = votes();
    Snapshot live =
        OpinionEngine.rebuild(statements(), Set.of(), votes, Set.of(), Replay.live(5_000))
            .latest()
            .orElseThrow();

    List<Vote> ordered = new ArrayList<>(votes);
    ordered.sort(java.util.Comparator.comparingLong(Vote::castAtMillis));
    OpinionEngine byHand = new OpinionEngine();
    byHand.record(Batch.builder().statements(0, 40).build());
    Snapshot last = null;
    int from = 0;
    int windows = 0;
    while (from < ordered.size()) {
      long window = ordered.get(from).castAtMillis() / 5_000;
      int to = from;
      while (to < ordered.size() && ordered.get(to).castAtMillis() / 5_000 == window) {
        to++;
      }
      last = byHand.update(Batch.builder().votes(ordered.subList(from, to)).build());
      windows++;
      from = to;
    }
    assertThat(windows).isGreaterThan(5);
    assertThat(live.tick()).isEqualTo(windows);
    assertThat(live.participants()).isEqualTo(last.participants());
    assertThat(live.groups()).isEqualTo(last.groups());
    assertThat(live.k()).isEqualTo(2);
  }

  @Test
  void a_longer_window_lets_a_burst_count_as_one_math_tick() {
    // fifteen participants with one vote each in the first second, then twenty with seven votes:
    // with one-second windows the fifteen are in while the conversation has one statement (the
    // threshold is min(7, n_statements), spec 3; once in, always in); with a minute-long window
    // everyone arrives in one tick with seven statements and only the twenty qualify
    List<Vote> votes = new ArrayList<>();
    for (int p = 0; p < 15; p++) {
      votes.add(new Vote(ParticipantId.of(p), StatementId.of(0), Choice.AGREE, p));
    }
    for (int p = 15; p < 35; p++) {
      for (int s = 0; s < 7; s++) {
        Choice choice = (p + s) % 2 == 0 ? Choice.AGREE : Choice.DISAGREE;
        votes.add(new Vote(ParticipantId.of(p), StatementId.of(s), choice, 2_000 + p * 10L + s));
      }
    }
    Set<StatementId> statements =
        Set.of(
            StatementId.of(0),
            StatementId.of(1),
            StatementId.of(2),
            StatementId.of(3),
            StatementId.of(4),
            StatementId.of(5),
            StatementId.of(6));
    long perSecond = inConversation(OpinionEngine.rebuild(statements, Set.of(), votes, Set.of()));
    long perMinute =
        inConversation(
            OpinionEngine.rebuild(statements, Set.of(), votes, Set.of(), Replay.cold(60_000)));
    assertThat(perSecond).isEqualTo(35);
    assertThat(perMinute).isEqualTo(20);
  }

  @Test
  void a_window_must_be_positive() {
    assertThatThrownBy(() -> Replay.live(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least 1 ms");
  }

  private static long inConversation(OpinionEngine engine) {
    return engine.latest().orElseThrow().participants().stream()
        .filter(ParticipantPosition::inConversation)
        .count();
  }
}
