package nl.provincie.ethiek.participation.vote;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import nl.provincie.ethiek.participation.conversation.Conversations;
import nl.provincie.ethiek.participation.conversation.domain.ConversationId;
import nl.provincie.ethiek.participation.conversation.domain.ConversationNotOpen;
import nl.provincie.ethiek.participation.conversation.domain.ConversationSettings;
import nl.provincie.ethiek.participation.conversation.domain.ModerationMode;
import nl.provincie.ethiek.participation.participant.domain.ParticipantId;
import nl.provincie.ethiek.participation.statement.Statements;
import nl.provincie.ethiek.participation.vote.domain.StatementNotOpenForVotes;
import nl.provincie.ethiek.participation.vote.domain.VoteValue;
import nl.provincie.ethiek.servicekit.events.EventTopics;
import nl.provincie.ethiek.testsupport.KafkaTopics;
import nl.provincie.ethiek.testsupport.RealInfrastructure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Votes cast at the same moment share a transaction (group commit). What one request gets must not
 * depend on which others share its batch: retries count once, refusals stay with their own vote,
 * and the latest of several votes on a statement counts.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GroupCommitTest implements TestPropertyProvider {

  private static final RealInfrastructure INFRA = RealInfrastructure.shared();
  private final String database = INFRA.newDatabase("groupcommit");

  @Inject Votes votes;
  @Inject Conversations conversations;
  @Inject Statements statements;

  @Override
  public Map<String, String> getProperties() {
    return INFRA.micronautProperties(database);
  }

  private record Setup(ConversationId conversation, List<UUID> statements) {}

  private Setup openConversation(int statementCount) {
    ConversationId id =
        conversations
            .create(
                new ConversationSettings(
                    "Groepscommit " + UUID.randomUUID(),
                    "Test",
                    Optional.empty(),
                    ModerationMode.OPEN,
                    true,
                    ConversationSettings.DEFAULT_MAX_STATEMENT_LENGTH,
                    Optional.empty()))
            .id();
    List<UUID> ids = new ArrayList<>();
    for (int i = 0; i < statementCount; i++) {
      ids.add(statements.seed(id, "Stelling " + i + " " + UUID.randomUUID(), false).id());
    }
    conversations.open(id);
    return new Setup(id, ids);
  }

  @Test
  void a_request_sent_many_times_at_once_counts_once() throws Exception {
    Setup setup = openConversation(1);
    ParticipantId resident = ParticipantId.random();
    UUID request = UUID.randomUUID();

    List<CompletableFuture<Votes.Cast>> sent = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      sent.add(
          votes.cast(
              setup.conversation(), resident, setup.statements().get(0), VoteValue.AGREE, request));
    }

    long counted = sent.stream().map(CompletableFuture::join).filter(Votes.Cast::counted).count();
    assertThat(counted).isEqualTo(1);
    assertThat(rows("vote", setup.conversation())).isEqualTo(1);
    // one VoteCast event: read for a while longer than the first takes, to see a second one
    assertThat(
            KafkaTopics.readMatching(
                INFRA.bootstrapServers(),
                EventTopics.PARTICIPATION_VOTE_CAST,
                r -> setup.conversation().toString().equals(r.key()),
                2,
                Duration.ofSeconds(5)))
        .hasSize(1);
  }

  @Test
  void a_refused_vote_does_not_cost_the_others_in_its_batch_theirs() {
    Setup setup = openConversation(3);
    UUID unknown = UUID.randomUUID();
    List<CompletableFuture<Votes.Cast>> good = new ArrayList<>();
    List<CompletableFuture<Votes.Cast>> bad = new ArrayList<>();
    for (int p = 0; p < 50; p++) {
      ParticipantId resident = ParticipantId.random();
      for (UUID statement : setup.statements()) {
        good.add(
            votes.cast(
                setup.conversation(), resident, statement, VoteValue.DISAGREE, UUID.randomUUID()));
      }
      bad.add(
          votes.cast(setup.conversation(), resident, unknown, VoteValue.PASS, UUID.randomUUID()));
    }

    assertThat(good).allSatisfy(f -> assertThat(f.join().counted()).isTrue());
    assertThat(bad)
        .allSatisfy(f -> assertThat(failure(f)).isInstanceOf(StatementNotOpenForVotes.class));
    assertThat(rows("vote", setup.conversation())).isEqualTo(150);
    assertThat(rows("current_vote", setup.conversation())).isEqualTo(150);
  }

  @Test
  void of_several_votes_on_one_statement_in_a_batch_the_last_counts_and_all_are_history() {
    Setup setup = openConversation(1);
    ParticipantId resident = ParticipantId.random();
    UUID statement = setup.statements().get(0);
    List<CompletableFuture<Votes.Cast>> sent = new ArrayList<>();
    VoteValue[] sequence = {VoteValue.AGREE, VoteValue.DISAGREE, VoteValue.PASS, VoteValue.AGREE};
    for (VoteValue value : sequence) {
      sent.add(votes.cast(setup.conversation(), resident, statement, value, UUID.randomUUID()));
    }
    sent.forEach(CompletableFuture::join);

    assertThat(rows("vote", setup.conversation())).isEqualTo(4);
    assertThat(votes.mine(setup.conversation(), resident))
        .containsEntry(statement, VoteValue.AGREE);
  }

  @Test
  void votes_on_a_conversation_that_is_not_open_are_refused() {
    Setup setup = openConversation(1);
    conversations.close(setup.conversation());

    CompletableFuture<Votes.Cast> cast =
        votes.cast(
            setup.conversation(),
            ParticipantId.random(),
            setup.statements().get(0),
            VoteValue.AGREE,
            UUID.randomUUID());

    assertThat(failure(cast)).isInstanceOf(ConversationNotOpen.class);
    assertThat(rows("vote", setup.conversation())).isZero();
  }

  private static Throwable failure(CompletableFuture<?> future) {
    try {
      future.get(30, TimeUnit.SECONDS);
      throw new AssertionError("expected a refusal");
    } catch (java.util.concurrent.ExecutionException e) {
      return e.getCause() instanceof CompletionException c ? c.getCause() : e.getCause();
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  private long rows(String tableAndCondition, ConversationId conversation) {
    String where =
        tableAndCondition.contains(" where ")
            ? tableAndCondition
            : tableAndCondition + " where conversation_id = ?";
    try (Connection c =
            DriverManager.getConnection(
                INFRA.jdbcUrl(database), INFRA.username(), INFRA.password());
        PreparedStatement s = c.prepareStatement("select count(*) from " + where)) {
      if (where.contains("event_key")) {
        s.setString(1, conversation.toString());
      } else {
        s.setObject(1, conversation.value());
      }
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }
}
