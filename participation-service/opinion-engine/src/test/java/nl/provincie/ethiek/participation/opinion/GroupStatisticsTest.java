package nl.provincie.ethiek.participation.opinion;

import static nl.provincie.ethiek.participation.opinion.Choice.AGREE;
import static nl.provincie.ethiek.participation.opinion.Choice.DISAGREE;
import static nl.provincie.ethiek.participation.opinion.Choice.PASS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Groups fed in from outside: group 0 (participants 0-9) agrees with s0, group 1 (10-19) disagrees;
 * everyone passes s1 and agrees with s2.
 */
class GroupStatisticsTest {
  private static final org.assertj.core.data.Offset<Double> EXACT = within(1e-12);

  private final OpinionEngine engine = new OpinionEngine();
  private final Map<ParticipantId, Integer> labels = new HashMap<>();

  GroupStatisticsTest() {
    Batch.Builder batch = Batch.builder().statements(0, 3);
    for (int p = 0; p < 20; p++) {
      batch.vote(p, 0, p < 10 ? AGREE : DISAGREE).vote(p, 1, PASS).vote(p, 2, AGREE);
      labels.put(ParticipantId.of(p), p < 10 ? 0 : 1);
    }
    engine.record(batch.build());
  }

  @Test
  void representative_statement_by_hand() {
    GroupAnalysis analysis = engine.analyseGroups(labels);
    RepresentativeStatement s0 = analysis.groups().get(0).representative().get(0);
    assertThat(s0.statement()).isEqualTo(StatementId.of(0));
    assertThat(s0.direction()).isEqualTo(Direction.AGREE);
    // pa = 11/12; rest: A=0, S=10 -> ra = (11/12) / (1/12) = 11
    assertThat(s0.probability()).isCloseTo(11.0 / 12, EXACT);
    assertThat(s0.repness()).isCloseTo(11.0, EXACT);
    assertThat(s0.probabilityZ()).isCloseTo(Math.sqrt(11), EXACT);
    // two-proportion: 11/11 vs 1/11, pooled 12/22
    double pooled = 12.0 / 22;
    assertThat(s0.repnessZ())
        .isCloseTo((10.0 / 11) / Math.sqrt(pooled * (1 - pooled) * (2.0 / 11)), EXACT);
    assertThat(analysis.groups().get(0).representative()).hasSize(1);
    RepresentativeStatement group1 = analysis.groups().get(1).representative().get(0);
    assertThat(group1.statement()).isEqualTo(StatementId.of(0));
    assertThat(group1.direction()).isEqualTo(Direction.DISAGREE);
  }

  @Test
  void consensus_by_hand() {
    Consensus consensus = engine.analyseGroups(labels).consensus();
    // s0: pa = 11/22 = 0.5 is not above 0.5; s2: pa = 21/22, z = sqrt(21)
    assertThat(consensus.agree())
        .extracting(ConsensusStatement::statement)
        .containsExactly(StatementId.of(2));
    assertThat(consensus.agree().get(0).probability()).isCloseTo(21.0 / 22, EXACT);
    assertThat(consensus.agree().get(0).probabilityZ()).isCloseTo(Math.sqrt(21), EXACT);
    assertThat(consensus.disagree()).isEmpty();
  }

  @Test
  void group_informed_consensus_by_hand() {
    List<GroupInformedConsensus> informed = engine.analyseGroups(labels).informedConsensus();
    assertThat(informed.get(0).agree()).isCloseTo(11.0 / 12 * 1.0 / 12, EXACT);
    assertThat(informed.get(0).disagree()).isCloseTo(1.0 / 12 * 11.0 / 12, EXACT);
    assertThat(informed.get(1).agree()).isCloseTo(1.0 / 144, EXACT);
    assertThat(informed.get(2).agree()).isCloseTo(121.0 / 144, EXACT);
  }

  @Test
  void when_nothing_qualifies_the_single_best_statement_is_returned() {
    OpinionEngine small = new OpinionEngine();
    small.record(Batch.builder().statements(0, 1).vote(0, 0, AGREE).vote(1, 0, DISAGREE).build());
    // group 0: pat = sqrt(2) is significant, but rat = 0.5 / sqrt(3/16) = 1.1547 is not
    GroupAnalysis analysis =
        small.analyseGroups(Map.of(ParticipantId.of(0), 0, ParticipantId.of(1), 1));
    List<RepresentativeStatement> representative = analysis.groups().get(0).representative();
    assertThat(representative).hasSize(1);
    assertThat(representative.get(0).repnessZ()).isCloseTo(0.5 / Math.sqrt(3.0 / 16), EXACT);
    assertThat(representative.get(0).direction()).isEqualTo(Direction.AGREE);
  }

  @Test
  void at_most_five_best_agree_first_agrees_before_disagrees() {
    RepresentativeStatement agreeWeak = statement(1, Direction.AGREE, 2.0);
    RepresentativeStatement disagreeStrong = statement(2, Direction.DISAGREE, 9.0);
    List<RepresentativeStatement> candidates = new java.util.ArrayList<>();
    candidates.add(agreeWeak);
    candidates.add(disagreeStrong);
    for (int i = 3; i < 9; i++) {
      candidates.add(statement(i, Direction.DISAGREE, 10.0 + i));
    }
    List<RepresentativeStatement> selected = GroupStatistics.select(candidates, null);
    assertThat(selected).hasSize(5);
    assertThat(selected.get(0)).isEqualTo(agreeWeak);
    assertThat(selected.subList(1, 5))
        .extracting(s -> s.statement().value())
        .containsExactly(8, 7, 6, 5);
  }

  private static RepresentativeStatement statement(int id, Direction direction, double repness) {
    return new RepresentativeStatement(StatementId.of(id), direction, 1, 1, 1, 1, repness, 1);
  }

  @Test
  void rejected_statements_are_never_representative_nor_consensus() {
    engine.record(Batch.builder().reject(StatementId.of(0)).reject(StatementId.of(2)).build());
    GroupAnalysis analysis = engine.analyseGroups(labels);
    assertThat(analysis.groups())
        .flatExtracting(Group::representative)
        .extracting(RepresentativeStatement::statement)
        .doesNotContain(StatementId.of(0), StatementId.of(2));
    assertThat(analysis.consensus().agree()).isEmpty();
  }
}
