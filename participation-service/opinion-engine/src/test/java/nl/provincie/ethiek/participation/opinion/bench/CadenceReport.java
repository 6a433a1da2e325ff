package nl.provincie.ethiek.participation.opinion.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import nl.provincie.ethiek.participation.opinion.AdjustedRand;
import nl.provincie.ethiek.participation.opinion.OpinionEngine;
import nl.provincie.ethiek.participation.opinion.ParticipantPosition;
import nl.provincie.ethiek.participation.opinion.Replay;
import nl.provincie.ethiek.participation.opinion.Rules;
import nl.provincie.ethiek.participation.opinion.Snapshot;
import nl.provincie.ethiek.participation.opinion.cli.PolisExport;

/**
 * Groups against pol.is's own per replay cadence (issue 15 item 4, ADR 0057; not run by {@code
 * verify}). For every export folder: the engine's k and the adjusted Rand index against pol.is's
 * group-id over the participants both put in the conversation, and how far the in-conversation sets
 * differ, for one-cold-computation replays (today's rebuild) and live replays (a computation after
 * every window, as a math worker does) at several windows.
 *
 * <p>Arguments: {@code polis-open-data-folder [export ...]}; without export names, every folder
 * with a votes.csv. Runs with older pol.is {@link Rules} are there to explain exports an older
 * pol.is computed; they are reported apart.
 */
public final class CadenceReport {
  private CadenceReport() {}

  /** pol.is's fix of the counting defect, commit acd818c9, 2017-10-31 15:35:33 -0700. */
  static final long COUNTING_FIXED_MILLIS =
      java.time.OffsetDateTime.parse("2017-10-31T15:35:33-07:00").toInstant().toEpochMilli();

  /** The spec's rules with pol.is's 2017 counting defect for votes before its fix. */
  static final Rules DEFECT_UNTIL_FIX = new Rules(false, COUNTING_FIXED_MILLIS, false);

  /** One measured way of replaying an export. */
  record Run(String label, Replay replay, Rules rules) {}

  static final List<Run> RUNS =
      List.of(
          new Run("cold 1 s (today)", Replay.cold(1_000), Rules.CURRENT),
          new Run("cold 10 s", Replay.cold(10_000), Rules.CURRENT),
          new Run("cold 60 s", Replay.cold(60_000), Rules.CURRENT),
          new Run("live 1 s (pol.is poll)", Replay.live(1_000), Rules.CURRENT),
          new Run("live 2 s (2016 config)", Replay.live(2_000), Rules.CURRENT),
          new Run("live 10 s", Replay.live(10_000), Rules.CURRENT),
          new Run("live 60 s", Replay.live(60_000), Rules.CURRENT),
          new Run("cold, one window", Replay.cold(Long.MAX_VALUE), Rules.CURRENT),
          new Run("live 1 s, warm groups", Replay.live(1_000), Rules.CURRENT.withWarmGroupStarts()),
          new Run(
              "live 10 s, warm groups", Replay.live(10_000), Rules.CURRENT.withWarmGroupStarts()),
          new Run(
              "live 60 s, warm groups", Replay.live(60_000), Rules.CURRENT.withWarmGroupStarts()),
          new Run("cold 1 s, defect until fix", Replay.cold(1_000), DEFECT_UNTIL_FIX),
          new Run("live 1 s, defect until fix", Replay.live(1_000), DEFECT_UNTIL_FIX),
          new Run("live 10 s, defect until fix", Replay.live(10_000), DEFECT_UNTIL_FIX),
          new Run("live 60 s, defect until fix", Replay.live(60_000), DEFECT_UNTIL_FIX),
          new Run(
              "live 1 s, defect until fix, warm groups",
              Replay.live(1_000),
              DEFECT_UNTIL_FIX.withWarmGroupStarts()),
          new Run("cold 1 s, pol.is 2017", Replay.cold(1_000), Rules.POLIS_2017),
          new Run("live 1 s, pol.is 2017", Replay.live(1_000), Rules.POLIS_2017),
          new Run("live 10 s, pol.is 2017", Replay.live(10_000), Rules.POLIS_2017));

  /** pol.is's view of an export: group-id and vote count per participant. */
  record PolisGroups(Map<Long, Integer> groupOf, Map<Long, Integer> votesOf, int statements) {
    int k() {
      return new HashSet<>(groupOf.values()).size();
    }

    /**
     * Grouped participants with fewer votes than the in-conversation threshold, beyond the 15 that
     * the top-up rule may add: the mark of a pol.is that counted moderated columns as votes.
     */
    int groupedBelowThreshold() {
      int threshold = Math.min(7, statements);
      long below = groupOf.keySet().stream().filter(p -> votesOf.get(p) < threshold).count();
      return (int) Math.max(0, below - 15);
    }
  }

  public static void main(String[] args) throws IOException {
    Path root = Path.of(args.length > 0 ? args[0] : "../../../shared/datasets/polis-open-data");
    List<String> names = new ArrayList<>();
    for (int i = 1; i < args.length; i++) {
      names.add(args[i]);
    }
    // -Dcadence.runs=label|label limits the runs (labels as in RUNS)
    List<String> runs =
        List.of(System.getProperty("cadence.runs", "").split("\\|")).stream()
            .filter(label -> !label.isBlank())
            .toList();
    if (names.isEmpty()) {
      try (Stream<Path> dirs = Files.list(root)) {
        dirs.filter(d -> Files.isRegularFile(d.resolve("votes.csv")))
            .map(d -> d.getFileName().toString())
            .sorted()
            .forEach(names::add);
      }
    }
    System.out.printf(
        Locale.ROOT,
        "cadence report: %s, load average %.2f%n",
        root,
        java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    System.out.println(
        "| export | replay | k pol.is / ours | ARI | in conv. pol.is / ours / both |"
            + " differ | computations | ms |");
    System.out.println("|---|---|---|---|---|---|---|---|");
    for (String name : names) {
      Path folder = root.resolve(name);
      PolisExport export = PolisExport.read(folder);
      PolisGroups polis = polisGroups(folder);
      for (Run run : RUNS) {
        if (!runs.isEmpty() && !runs.contains(run.label())) {
          continue;
        }
        long start = System.nanoTime();
        OpinionEngine engine =
            OpinionEngine.rebuild(
                export.statements(),
                export.meta(),
                export.votes(),
                export.rejected(),
                run.replay(),
                run.rules());
        long millis = (System.nanoTime() - start) / 1_000_000;
        Snapshot snapshot = engine.latest().orElseThrow();
        Map<Long, Integer> ours = new HashMap<>();
        for (ParticipantPosition p : snapshot.participants()) {
          if (p.inConversation()) {
            ours.put(p.id().value(), p.group().getAsInt());
          }
        }
        Set<Long> both = new HashSet<>(ours.keySet());
        both.retainAll(polis.groupOf().keySet());
        int differ = ours.size() + polis.groupOf().size() - 2 * both.size();
        System.out.printf(
            Locale.ROOT,
            "| %s | %s | %d / %d | %.3f | %,d / %,d / %,d | %.1f %% | %,d | %,d |%n",
            name,
            run.label(),
            polis.k(),
            snapshot.k(),
            AdjustedRand.index(polis.groupOf(), ours),
            polis.groupOf().size(),
            ours.size(),
            both.size(),
            100.0 * differ / polis.groupOf().size(),
            snapshot.tick(),
            millis);
      }
      System.out.printf(
          Locale.ROOT,
          "%s: %d grouped by pol.is below the vote threshold beyond the top-up of 15%n",
          name,
          polis.groupedBelowThreshold());
    }
  }

  static PolisGroups polisGroups(Path folder) throws IOException {
    Map<Long, Integer> groupOf = new HashMap<>();
    Map<Long, Integer> votesOf = new HashMap<>();
    int[] statements = {0};
    PolisExport.forEachRow(
        folder.resolve("participants-votes.csv"),
        row -> {
          long id = Long.parseLong(row.get("participant"));
          votesOf.put(id, Integer.parseInt(row.get("n-votes")));
          if (!row.get("group-id").isEmpty()) {
            groupOf.put(id, Integer.parseInt(row.get("group-id")));
          }
          if (statements[0] == 0) {
            statements[0] =
                (int)
                    row.keySet().stream()
                        .filter(c -> c.chars().allMatch(Character::isDigit))
                        .count();
          }
        });
    return new PolisGroups(groupOf, votesOf, statements[0]);
  }
}
