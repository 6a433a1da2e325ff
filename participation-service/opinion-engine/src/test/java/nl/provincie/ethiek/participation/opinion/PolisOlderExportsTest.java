package nl.provincie.ethiek.participation.opinion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import nl.provincie.ethiek.participation.opinion.cli.PolisExport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The five exports that an older pol.is computed (ADR 0057; CC BY 4.0, The Computational Democracy
 * Project, ../shared/datasets/ATTRIBUTION.md): today's figures, and what explains their
 * in-conversation sets.
 */
class PolisOlderExportsTest {

  /** pol.is's fix of its counting defect: commit acd818c9, 2017-10-31 15:35:33 -0700. */
  private static final long COUNTING_FIXED = Instant.parse("2017-10-31T22:35:33Z").toEpochMilli();

  private record Result(Map<ParticipantId, Integer> ours, Snapshot snapshot) {}

  private static Result rebuild(String name, Replay replay, Rules rules) throws IOException {
    PolisExport export = PolisExport.read(Datasets.polis(name));
    Snapshot snapshot =
        OpinionEngine.rebuild(
                export.statements(),
                export.meta(),
                export.votes(),
                export.rejected(),
                replay,
                rules)
            .latest()
            .orElseThrow();
    Map<ParticipantId, Integer> ours = new HashMap<>();
    snapshot.participants().stream()
        .filter(ParticipantPosition::inConversation)
        .forEach(p -> ours.put(p.id(), p.group().getAsInt()));
    return new Result(ours, snapshot);
  }

  private static Map<ParticipantId, Integer> polis(String name) throws IOException {
    return PolisOpenDataTest.polisView(Datasets.polis(name)).groupOf();
  }

  @ParameterizedTest
  @CsvSource({
    "canadian-electoral-reform, 4, 0.139, 287",
    "football-concussions, 4, 0.083, 596",
    "scoop-hivemind.affordable-housing, 3, 0.207, 295",
    "scoop-hivemind.freshwater, 2, 0.133, 101",
    "scoop-hivemind.ubi, 3, 0.059, 176"
  })
  void the_default_rebuild_keeps_the_measured_figures(String name, int k, double ari, int inConv)
      throws IOException {
    Result result = rebuild(name, Replay.DEFAULT, Rules.CURRENT);
    assertThat(result.snapshot().k()).isEqualTo(k);
    assertThat(result.ours()).hasSize(inConv);
    assertThat(AdjustedRand.index(polis(name), result.ours())).isCloseTo(ari, within(0.0005));
  }

  @ParameterizedTest
  @CsvSource({"scoop-hivemind.affordable-housing", "scoop-hivemind.freshwater"})
  void the_2017_counting_defect_gives_exactly_the_set_polis_grouped(String name)
      throws IOException {
    Result result = rebuild(name, Replay.DEFAULT, new Rules(false, COUNTING_FIXED, false));
    assertThat(result.ours().keySet()).isEqualTo(polis(name).keySet());
  }

  @Test
  void football_was_grouped_with_the_defect_until_pol_is_deployed_its_fix() throws IOException {
    Map<ParticipantId, Integer> polis = polis("football-concussions");
    Result result =
        rebuild("football-concussions", Replay.DEFAULT, new Rules(false, COUNTING_FIXED, false));
    assertThat(polis.keySet()).containsAll(result.ours().keySet());
    Set<ParticipantId> missing = new HashSet<>(polis.keySet());
    missing.removeAll(result.ours().keySet());
    // the 18 joined between the fix's commit and its deployment (the first ungrouped newcomer
    // with fewer than seven votes voted on 2018-01-06)
    assertThat(missing).hasSize(18);
    Map<ParticipantId, Long> firstVote = new HashMap<>();
    PolisExport.read(Datasets.polis("football-concussions"))
        .votes()
        .forEach(v -> firstVote.merge(v.participant(), v.castAtMillis(), Math::min));
    long newYear = Instant.parse("2018-01-01T00:00:00Z").toEpochMilli();
    assertThat(missing)
        .allSatisfy(p -> assertThat(firstVote.get(p)).isBetween(COUNTING_FIXED, newYear));
  }

  @Test
  void canadian_electoral_reform_was_grouped_by_one_recomputation_of_all_votes()
      throws IOException {
    Map<ParticipantId, Integer> polis = polis("canadian-electoral-reform");
    Result oneWindow =
        rebuild("canadian-electoral-reform", Replay.cold(Long.MAX_VALUE), Rules.CURRENT);
    assertThat(oneWindow.ours().keySet()).isEqualTo(polis.keySet());
  }

  @Test
  void a_live_replay_keeps_the_two_groups_pol_is_kept_on_canadian_electoral_reform()
      throws IOException {
    Map<ParticipantId, Integer> polis = polis("canadian-electoral-reform");
    Result cold = rebuild("canadian-electoral-reform", Replay.DEFAULT, Rules.CURRENT);
    Result live =
        rebuild(
            "canadian-electoral-reform", Replay.live(60_000), Rules.CURRENT.withWarmGroupStarts());
    assertThat(cold.snapshot().k()).isEqualTo(4);
    assertThat(live.snapshot().k()).isEqualTo(2);
    assertThat(AdjustedRand.index(polis, live.ours())).isGreaterThan(0.89);
  }
}
