package nl.provincie.ethiek.participation.opinion;

import static nl.provincie.ethiek.participation.opinion.Choice.AGREE;
import static nl.provincie.ethiek.participation.opinion.Choice.DISAGREE;
import static nl.provincie.ethiek.participation.opinion.Choice.PASS;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

class EdgeCasesTest {

  @Test
  void empty_conversation_has_no_groups_nor_participants() {
    Snapshot snapshot = new OpinionEngine().recompute();
    assertThat(snapshot.tick()).isEqualTo(1);
    assertThat(snapshot.k()).isZero();
    assertThat(snapshot.participants()).isEmpty();
    assertThat(snapshot.statements()).isEmpty();
    assertThat(snapshot.consensus().agree()).isEmpty();
  }

  @Test
  void statements_without_votes_get_the_new_statement_priority() {
    Snapshot snapshot = new OpinionEngine().update(Batch.builder().statements(0, 2).build());
    assertThat(snapshot.k()).isZero();
    assertThat(snapshot.statements()).hasSize(2);
    assertThat(snapshot.statements().get(0).priority()).isEqualTo(Math.pow(0.25 * 9, 2));
  }

  @Test
  void one_participant_is_one_group_at_the_origin() {
    Snapshot snapshot =
        new OpinionEngine()
            .update(
                Batch.builder().statements(0, 3).vote(7, 0, AGREE).vote(7, 1, DISAGREE).build());
    assertThat(snapshot.k()).isEqualTo(1);
    ParticipantPosition only = snapshot.participant(ParticipantId.of(7)).orElseThrow();
    assertThat(only.group()).hasValue(0);
    assertThat(only.x()).isZero();
    assertThat(only.y()).isZero();
    assertThat(snapshot.groups().get(0).size()).isEqualTo(1);
  }

  @Test
  void all_passes_put_everyone_at_the_origin_in_one_group_with_no_consensus() {
    Batch.Builder batch = Batch.builder().statements(0, 8);
    for (int p = 0; p < 30; p++) {
      for (int s = 0; s < 8; s++) {
        batch.vote(p, s, PASS);
      }
    }
    Snapshot snapshot = new OpinionEngine().update(batch.build());
    assertThat(snapshot.k()).isEqualTo(1);
    assertThat(snapshot.inConversationCount()).isEqualTo(30);
    assertThat(snapshot.participants()).allMatch(p -> p.x() == 0 && p.y() == 0);
    assertThat(snapshot.consensus().agree()).isEmpty();
    assertThat(snapshot.consensus().disagree()).isEmpty();
  }

  @Test
  void votes_on_unknown_statements_are_ignored_and_counted() {
    Snapshot snapshot =
        new OpinionEngine()
            .update(Batch.builder().statements(0, 1).vote(1, 0, AGREE).vote(2, 5, AGREE).build());
    assertThat(snapshot.diagnostics().ignoredVotes()).isEqualTo(1);
    assertThat(snapshot.participant(ParticipantId.of(2))).isEmpty();
    assertThat(snapshot.statement(StatementId.of(5))).isEmpty();
  }

  @Test
  void moderating_a_statement_with_votes_keeps_its_counts_and_zeroes_its_column() {
    OpinionEngine engine = new OpinionEngine();
    Batch.Builder batch = Batch.builder().statements(0, 3);
    for (int p = 0; p < 20; p++) {
      batch.vote(p, 0, p % 2 == 0 ? AGREE : DISAGREE).vote(p, 1, AGREE).vote(p, 2, AGREE);
    }
    Snapshot before = engine.update(batch.build());
    assertThat(before.consensus().agree()).isNotEmpty();
    Snapshot after = engine.update(Batch.builder().reject(StatementId.of(0)).build());
    StatementSummary s0 = after.statement(StatementId.of(0)).orElseThrow();
    assertThat(s0.rejected()).isTrue();
    assertThat(s0.agrees()).isEqualTo(10);
    assertThat(s0.disagrees()).isEqualTo(10);
    // with the only divisive column zeroed, everyone sits at the same point
    assertThat(after.participants()).allMatch(p -> p.x() == 0 && p.y() == 0);
    assertThat(after.groups())
        .flatExtracting(Group::representative)
        .extracting(RepresentativeStatement::statement)
        .doesNotContain(StatementId.of(0));
    assertThat(engine.nextStatement(ParticipantId.of(99), RandomGenerator.of("L64X128MixRandom")))
        .isPresent()
        .get()
        .isNotEqualTo(StatementId.of(0));
    Snapshot restored = engine.update(Batch.builder().restore(StatementId.of(0)).build());
    assertThat(restored.statement(StatementId.of(0)).orElseThrow().rejected()).isFalse();
    assertThat(restored.participants()).anyMatch(p -> p.x() != 0);
  }

  @Test
  void a_changed_vote_counts_once_with_its_latest_value() {
    OpinionEngine engine = new OpinionEngine();
    engine.record(Batch.builder().statements(0, 1).vote(1, 0, AGREE).build());
    Snapshot snapshot =
        engine.update(Batch.builder().vote(1, 0, DISAGREE).vote(2, 0, AGREE).build());
    StatementSummary s0 = snapshot.statement(StatementId.of(0)).orElseThrow();
    assertThat(s0.agrees()).isEqualTo(1);
    assertThat(s0.disagrees()).isEqualTo(1);
    assertThat(s0.votes()).isEqualTo(2);
    assertThat(s0.castAgrees()).isEqualTo(2);
    assertThat(s0.castDisagrees()).isEqualTo(1);
    assertThat(engine.votes()).isEqualTo(2);
  }

  @Test
  void a_changed_vote_within_one_batch_keeps_the_last() {
    Snapshot snapshot =
        new OpinionEngine()
            .update(
                Batch.builder()
                    .statements(0, 2)
                    .vote(1, 1, AGREE)
                    .vote(1, 0, AGREE)
                    .vote(1, 1, PASS)
                    .vote(1, 0, DISAGREE)
                    .build());
    assertThat(snapshot.statement(StatementId.of(0)).orElseThrow().disagrees()).isEqualTo(1);
    assertThat(snapshot.statement(StatementId.of(0)).orElseThrow().agrees()).isZero();
    assertThat(snapshot.statement(StatementId.of(1)).orElseThrow().passes()).isEqualTo(1);
  }

  @Test
  void next_statement_is_one_not_yet_voted_on_and_meta_statements_weigh_49() {
    OpinionEngine engine = new OpinionEngine();
    engine.update(
        Batch.builder()
            .statements(0, 3)
            .metaStatement(StatementId.of(3))
            .vote(1, 0, AGREE)
            .vote(1, 1, AGREE)
            .build());
    RandomGenerator random = new java.util.Random(1);
    int meta = 0;
    for (int i = 0; i < 1000; i++) {
      StatementId next = engine.nextStatement(ParticipantId.of(1), random).orElseThrow();
      assertThat(next.value()).isIn(2, 3);
      meta += next.value() == 3 ? 1 : 0;
    }
    // weights 49 (meta) vs (0.25 * 9)^2 = 5.0625
    assertThat(meta).isBetween(860, 950);
  }

  @Test
  void participants_below_seven_votes_join_only_to_reach_fifteen() {
    Batch.Builder batch = Batch.builder().statements(0, 10);
    for (int p = 0; p < 20; p++) {
      for (int s = 0; s < (p < 10 ? 7 : 3); s++) {
        batch.vote(p, s, (p + s) % 3 == 0 ? AGREE : DISAGREE);
      }
    }
    batch.vote(20, 0, AGREE);
    Snapshot snapshot = new OpinionEngine().update(batch.build());
    // 10 with 7 votes, then the 5 most active of the rest (3 votes each, in row order)
    assertThat(snapshot.inConversationCount()).isEqualTo(15);
    assertThat(snapshot.participant(ParticipantId.of(20)).orElseThrow().inConversation()).isFalse();
  }
}
