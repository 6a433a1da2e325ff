package nl.provincie.ethiek.participation.opinion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import nl.provincie.ethiek.participation.opinion.cli.PolisExport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Our results against pol.is's own on its open data (CC BY 4.0, The Computational Democracy
 * Project; see ../shared/datasets/ATTRIBUTION.md).
 */
class PolisOpenDataTest {

  /** pol.is's view of an export: group-id per participant and the vote matrix. */
  record PolisView(
      Map<ParticipantId, Integer> groupOf,
      Map<ParticipantId, Map<Integer, Integer>> votes,
      Map<Integer, int[]> commentCounts,
      Map<Integer, Double> informedConsensus) {}

  static PolisView polisView(Path folder) throws IOException {
    Map<ParticipantId, Integer> groupOf = new HashMap<>();
    Map<ParticipantId, Map<Integer, Integer>> votes = new HashMap<>();
    PolisExport.forEachRow(
        folder.resolve("participants-votes.csv"),
        row -> {
          ParticipantId id = ParticipantId.of(Long.parseLong(row.get("participant")));
          if (!row.get("group-id").isEmpty()) {
            groupOf.put(id, Integer.parseInt(row.get("group-id")));
          }
          Map<Integer, Integer> cells = new TreeMap<>();
          row.forEach(
              (column, value) -> {
                if (column.chars().allMatch(Character::isDigit) && !value.isEmpty()) {
                  cells.put(Integer.parseInt(column), Integer.parseInt(value));
                }
              });
          votes.put(id, cells);
        });
    Map<Integer, int[]> counts = new HashMap<>();
    Map<Integer, Double> informed = new HashMap<>();
    PolisExport.forEachRow(
        folder.resolve("comments.csv"),
        row -> {
          int id = Integer.parseInt(row.get("comment-id"));
          counts.put(
              id,
              new int[] {
                Integer.parseInt(row.get("agrees")), Integer.parseInt(row.get("disagrees"))
              });
          String gic = row.get("group-informed-consensus");
          if (gic != null && !gic.isEmpty()) {
            informed.put(id, Double.parseDouble(gic));
          }
        });
    return new PolisView(groupOf, votes, counts, informed);
  }

  static OpinionEngine rebuild(Path folder) throws IOException {
    PolisExport export = PolisExport.read(folder);
    return OpinionEngine.rebuild(
        export.statements(), export.meta(), export.votes(), export.rejected());
  }

  @ParameterizedTest
  @ValueSource(strings = {"vtaiwan.uberx", "bg2050-volunteers"})
  void clusters_exactly_the_participants_polis_grouped_into_as_many_groups(String name)
      throws IOException {
    Path folder = Datasets.polis(name);
    PolisView polis = polisView(folder);
    Snapshot snapshot = rebuild(folder).latest().orElseThrow();
    Set<ParticipantId> ours = new HashSet<>();
    snapshot.participants().stream()
        .filter(ParticipantPosition::inConversation)
        .forEach(p -> ours.add(p.id()));
    assertThat(ours).isEqualTo(polis.groupOf().keySet());
    assertThat(snapshot.k()).isEqualTo(new HashSet<>(polis.groupOf().values()).size());
    Map<ParticipantId, Integer> ourGroups = new HashMap<>();
    snapshot.participants().stream()
        .filter(ParticipantPosition::inConversation)
        .forEach(p -> ourGroups.put(p.id(), p.group().getAsInt()));
    double ari = AdjustedRand.index(polis.groupOf(), ourGroups);
    System.out.printf("%s: k=%d ARI=%.4f%n", name, snapshot.k(), ari);
    assertThat(ari).as("adjusted Rand index against pol.is group-id").isGreaterThanOrEqualTo(0.9);
  }

  @ParameterizedTest
  @ValueSource(strings = {"vtaiwan.uberx", "bg2050-volunteers"})
  void per_statement_counts_equal_the_export(String name) throws IOException {
    Path folder = Datasets.polis(name);
    PolisView polis = polisView(folder);
    Snapshot snapshot = rebuild(folder).latest().orElseThrow();
    assertThat(snapshot.statements()).hasSize(polis.commentCounts().size());
    for (StatementSummary s : snapshot.statements()) {
      int[] expected = polis.commentCounts().get(s.id().value());
      // comments.csv counts every vote cast, changed votes included
      assertThat(new int[] {s.castAgrees(), s.castDisagrees()})
          .as("statement %s", s.id())
          .containsExactly(expected);
      // the latest votes are participants-votes.csv's matrix
      int agrees = 0;
      int disagrees = 0;
      int all = 0;
      for (Map<Integer, Integer> row : polis.votes().values()) {
        Integer vote = row.get(s.id().value());
        if (vote != null) {
          all++;
          agrees += vote == 1 ? 1 : 0;
          disagrees += vote == -1 ? 1 : 0;
        }
      }
      assertThat(new int[] {s.agrees(), s.disagrees(), s.votes()})
          .containsExactly(agrees, disagrees, all);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"vtaiwan.uberx", "bg2050-volunteers"})
  void with_polis_labels_fed_in_statistics_follow_the_spec(String name) throws IOException {
    Path folder = Datasets.polis(name);
    PolisView polis = polisView(folder);
    PolisExport export = PolisExport.read(folder);
    GroupAnalysis analysis = rebuild(folder).analyseGroups(polis.groupOf());
    Reference reference = new Reference(polis, export.rejected());
    int k = new HashSet<>(polis.groupOf().values()).size();
    assertThat(analysis.groups()).hasSize(k);
    for (int g = 0; g < k; g++) {
      assertThat(analysis.groups().get(g).representative())
          .as("group %d", g)
          .usingRecursiveFieldByFieldElementComparator(
              org.assertj.core.api.recursive.comparison.RecursiveComparisonConfiguration.builder()
                  .withComparatorForType(
                      (a, b) -> Math.abs(a - b) < 1e-9 ? 0 : Double.compare(a, b), Double.class)
                  .build())
          .isEqualTo(reference.representative(g));
    }
    assertThat(analysis.consensus().agree()).isEqualTo(reference.consensus(1));
    assertThat(analysis.consensus().disagree()).isEqualTo(reference.consensus(-1));
    for (GroupInformedConsensus gic : analysis.informedConsensus()) {
      assertThat(gic.agree())
          .isCloseTo(reference.informedConsensus(gic.statement().value()), within(1e-12));
      Double exported = polis.informedConsensus().get(gic.statement().value());
      if (exported != null) {
        assertThat(gic.agree())
            .as("pol.is group-informed-consensus")
            .isCloseTo(exported, within(1e-12));
      }
    }
    if (name.startsWith("bg2050")) {
      assertThat(polis.informedConsensus()).isNotEmpty();
    }
  }

  /** A plain, separate reading of spec section 5 over participants-votes.csv. */
  static final class Reference {
    private final PolisView polis;
    private final Set<StatementId> rejected;
    private final Set<Integer> statements = new java.util.TreeSet<>();

    Reference(PolisView polis, Set<StatementId> rejected) {
      this.polis = polis;
      this.rejected = rejected;
      polis.votes().values().forEach(row -> statements.addAll(row.keySet()));
    }

    /** {successes, trials} of value among participants accepted by the filter. */
    int[] count(int statement, int value, java.util.function.Predicate<ParticipantId> who) {
      int successes = 0;
      int trials = 0;
      for (var entry : polis.votes().entrySet()) {
        Integer vote = entry.getValue().get(statement);
        if (vote != null && who.test(entry.getKey())) {
          trials++;
          successes += vote == value ? 1 : 0;
        }
      }
      return new int[] {successes, trials};
    }

    RepresentativeStatement stat(int statement, int group, int value) {
      int[] in =
          count(statement, value, p -> Integer.valueOf(group).equals(polis.groupOf().get(p)));
      int[] rest =
          count(
              statement,
              value,
              p -> polis.groupOf().containsKey(p) && polis.groupOf().get(p) != group);
      double p = (in[0] + 1.0) / (in[1] + 2.0);
      return new RepresentativeStatement(
          StatementId.of(statement),
          value == 1 ? Direction.AGREE : Direction.DISAGREE,
          in[0],
          in[1],
          p,
          Formulas.proportionZ(in[0], in[1]),
          p / ((1.0 + rest[0]) / (2.0 + rest[1])),
          Formulas.twoProportionZ(in[0], in[1], rest[0], rest[1]));
    }

    List<RepresentativeStatement> representative(int group) {
      List<RepresentativeStatement> qualifying = new ArrayList<>();
      RepresentativeStatement best = null;
      for (int statement : statements) {
        if (rejected.contains(StatementId.of(statement))) {
          continue;
        }
        RepresentativeStatement agree = stat(statement, group, 1);
        RepresentativeStatement disagree = stat(statement, group, -1);
        RepresentativeStatement chosen = agree.repnessZ() > disagree.repnessZ() ? agree : disagree;
        if ((agree.repnessZ() > 1.2816 && agree.probabilityZ() > 1.2816)
            || (disagree.repnessZ() > 1.2816 && disagree.probabilityZ() > 1.2816)) {
          qualifying.add(chosen);
        }
        if (best == null || chosen.repnessZ() > best.repnessZ()) {
          best = chosen;
        }
      }
      if (qualifying.isEmpty()) {
        return List.of(best);
      }
      qualifying.sort(Comparator.comparingDouble(RepresentativeStatement::metric).reversed());
      List<RepresentativeStatement> top = new ArrayList<>();
      qualifying.stream()
          .filter(s -> s.direction() == Direction.AGREE)
          .findFirst()
          .ifPresent(top::add);
      for (RepresentativeStatement s : qualifying) {
        if (top.size() < 5 && !top.contains(s)) {
          top.add(s);
        }
      }
      List<RepresentativeStatement> result = new ArrayList<>();
      top.stream().filter(s -> s.direction() == Direction.AGREE).forEach(result::add);
      top.stream().filter(s -> s.direction() == Direction.DISAGREE).forEach(result::add);
      return result;
    }

    List<ConsensusStatement> consensus(int value) {
      List<ConsensusStatement> result = new ArrayList<>();
      for (int statement : statements) {
        if (rejected.contains(StatementId.of(statement))) {
          continue;
        }
        int[] all = count(statement, value, p -> true);
        double p = (all[0] + 1.0) / (all[1] + 2.0);
        double z = Formulas.proportionZ(all[0], all[1]);
        if (p > 0.5 && z > 1.2816) {
          result.add(new ConsensusStatement(StatementId.of(statement), all[0], all[1], p, z));
        }
      }
      result.sort(
          Comparator.comparingDouble(
              (ConsensusStatement c) -> -c.probability() * c.probabilityZ()));
      return result.subList(0, Math.min(5, result.size()));
    }

    double informedConsensus(int statement) {
      double product = 1;
      for (int group : new java.util.TreeSet<>(polis.groupOf().values())) {
        int[] in = count(statement, 1, p -> Integer.valueOf(group).equals(polis.groupOf().get(p)));
        product *= (in[0] + 1.0) / (in[1] + 2.0);
      }
      return product;
    }
  }
}
