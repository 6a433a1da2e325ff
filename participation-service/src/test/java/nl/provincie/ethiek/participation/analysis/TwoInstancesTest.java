package nl.provincie.ethiek.participation.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import nl.provincie.ethiek.participation.conversation.Conversations;
import nl.provincie.ethiek.participation.conversation.domain.ConversationId;
import nl.provincie.ethiek.participation.conversation.domain.ConversationSettings;
import nl.provincie.ethiek.participation.conversation.domain.ModerationMode;
import nl.provincie.ethiek.participation.participant.domain.ParticipantId;
import nl.provincie.ethiek.participation.statement.Statements;
import nl.provincie.ethiek.participation.statement.domain.Statement;
import nl.provincie.ethiek.participation.vote.Votes;
import nl.provincie.ethiek.participation.vote.domain.VoteValue;
import nl.provincie.ethiek.testsupport.RealInfrastructure;
import org.junit.jupiter.api.Test;

/**
 * Two instances of the service on one database and one Kafka: each conversation's analysis is owned
 * by one of them, both serve its map, routing through either never offers a statement voted on
 * through the other, a removal reaches the owner, and when an owner stops the other takes over.
 */
class TwoInstancesTest {

  private static final RealInfrastructure INFRA = RealInfrastructure.shared();
  private static final int CONVERSATIONS = 6;
  private static final int RESIDENTS = 12;
  private static final String[] TEXTS = {
    "Meer groen in de stad", "Meer parkeerplaatsen", "Minder auto's in het centrum", "Bredere wegen"
  };

  @Test
  void each_conversation_is_analysed_once_and_served_by_both() throws Exception {
    Map<String, Object> properties =
        new HashMap<>(INFRA.micronautProperties(INFRA.newDatabase("two_instances")));
    properties.put("platform.analysis.group", "analysis-" + UUID.randomUUID());
    properties.put("platform.analysis.session-timeout", "6s");
    ApplicationContext first = ApplicationContext.run(properties, "test");
    ApplicationContext second = ApplicationContext.run(properties, "test");
    try {
      OpinionMaps one = first.getBean(OpinionMaps.class);
      OpinionMaps two = second.getBean(OpinionMaps.class);
      await()
          .atMost(Duration.ofSeconds(60))
          .until(() -> one.ownedPartitions() > 0 && two.ownedPartitions() > 0);
      int partitions = one.partitionCount();
      List<ConversationId> conversations = new ArrayList<>();
      java.util.Set<Integer> covered = new java.util.HashSet<>();
      while (covered.size() < partitions || conversations.size() < CONVERSATIONS) {
        ConversationId c = conversation(first, "Gesprek " + conversations.size());
        conversations.add(c);
        covered.add(Partitions.of(c.value(), partitions));
      }
      for (ConversationId c : conversations) {
        twoCamps(first, second, c);
      }
      assertThat(conversations)
          .as("each conversation analysed by exactly one instance")
          .allMatch(c -> one.owns(c.value()) ^ two.owns(c.value()));
      assertThat(conversations).anyMatch(c -> one.owns(c.value()));
      assertThat(conversations).anyMatch(c -> two.owns(c.value()));
      for (ConversationId c : conversations) {
        await()
            .atMost(Duration.ofSeconds(30))
            .until(() -> participants(first, one, c) == RESIDENTS);
        assertThat(participants(second, two, c)).as("the same map from both").isEqualTo(RESIDENTS);
      }

      routingSeesVotesCastThroughTheOtherInstance(first, second, conversations.get(0));
      removalReachesTheOwner(first, second, one, two, conversations.get(1));
      anotherInstanceTakesOverWhenTheOwnerStops(first, second, one, two, conversations);
    } finally {
      second.close();
      if (first.isRunning()) {
        first.close();
      }
    }
  }

  /** Three of four statements voted through the first instance: the second offers the fourth. */
  private static void routingSeesVotesCastThroughTheOtherInstance(
      ApplicationContext first, ApplicationContext second, ConversationId c) {
    Votes viaFirst = first.getBean(Votes.class);
    Votes viaSecond = second.getBean(Votes.class);
    List<Statement> statements = first.getBean(Statements.class).accepted(c);
    viaSecond.next(c, ParticipantId.random()); // the second instance now holds this conversation
    await().pollDelay(Duration.ofMillis(500)).until(() -> true);
    for (int resident = 0; resident < 10; resident++) {
      ParticipantId participant = ParticipantId.random();
      viaSecond.next(c, participant);
      Statement left = statements.get(resident % statements.size());
      for (Statement s : statements) {
        if (!s.id().equals(left.id())) {
          viaFirst.cast(c, participant, s.id(), VoteValue.AGREE, UUID.randomUUID()).join();
        }
      }
      Votes.Next next = viaSecond.next(c, participant);
      assertThat(next.statement().map(Statement::id))
          .as("never a statement voted on through the other instance")
          .contains(left.id());
      await()
          .atMost(Duration.ofSeconds(5))
          .untilAsserted(
              () ->
                  assertThat(viaSecond.next(c, participant).voted())
                      .as("progress counts them once their events arrived")
                      .isEqualTo(statements.size() - 1));
    }
  }

  /** A resident removes their participation through the instance that does not own the map. */
  private static void removalReachesTheOwner(
      ApplicationContext first,
      ApplicationContext second,
      OpinionMaps one,
      OpinionMaps two,
      ConversationId c) {
    ApplicationContext notOwner = one.owns(c.value()) ? second : first;
    ParticipantId leaving = ParticipantId.random();
    List<Statement> statements = notOwner.getBean(Statements.class).accepted(c);
    for (Statement s : statements) {
      notOwner
          .getBean(Votes.class)
          .cast(c, leaving, s.id(), VoteValue.PASS, UUID.randomUUID())
          .join();
    }
    OpinionMaps served = notOwner.getBean(OpinionMaps.class);
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> participants(notOwner, served, c) == RESIDENTS + 1);
    assertThat(served.positionOf(c.value(), leaving.value())).isPresent();

    notOwner.getBean(Votes.class).withdraw(c, leaving);

    assertThat(served.positionOf(c.value(), leaving.value()))
        .as("gone from /opinion-map/me at once")
        .isEmpty();
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> participants(notOwner, served, c) == RESIDENTS);
  }

  /** The owner of some conversations stops: the other instance owns them within 30 seconds. */
  private static void anotherInstanceTakesOverWhenTheOwnerStops(
      ApplicationContext first,
      ApplicationContext second,
      OpinionMaps one,
      OpinionMaps two,
      List<ConversationId> conversations) {
    ConversationId taken =
        conversations.stream().filter(c -> one.owns(c.value())).findFirst().orElseThrow();
    long before = tick(second, two, taken);
    int residents = participants(second, two, taken);
    Instant stopped = Instant.now();
    first.close();
    await().atMost(Duration.ofSeconds(30)).until(() -> two.owns(taken.value()));
    Duration handover = Duration.between(stopped, Instant.now());
    System.out.printf("analysis ownership moved in %d ms%n", handover.toMillis());

    List<Statement> statements = second.getBean(Statements.class).accepted(taken);
    ParticipantId late = ParticipantId.random();
    for (Statement s : statements) {
      second
          .getBean(Votes.class)
          .cast(taken, late, s.id(), VoteValue.AGREE, UUID.randomUUID())
          .join();
    }
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> participants(second, two, taken) == residents + 1);
    assertThat(tick(second, two, taken)).as("the tick keeps growing").isGreaterThan(before);
  }

  private static int participants(ApplicationContext context, OpinionMaps maps, ConversationId c) {
    return map(context, maps, c)
        .map(m -> ((Number) m.get("participantCount")).intValue())
        .orElse(0);
  }

  private static long tick(ApplicationContext context, OpinionMaps maps, ConversationId c) {
    return map(context, maps, c).map(m -> ((Number) m.get("tick")).longValue()).orElse(0L);
  }

  @SuppressWarnings("unchecked")
  private static Optional<Map<String, Object>> map(
      ApplicationContext context, OpinionMaps maps, ConversationId c) {
    Optional<String> json = maps.latestMap(c.value());
    if (json.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(context.getBean(JsonMapper.class).readValue(json.get(), Map.class));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static ConversationId conversation(ApplicationContext context, String topic) {
    Conversations conversations = context.getBean(Conversations.class);
    ConversationId id =
        conversations
            .create(
                new ConversationSettings(
                    topic,
                    "Twee instanties",
                    Optional.empty(),
                    ModerationMode.OPEN,
                    false,
                    ConversationSettings.DEFAULT_MAX_STATEMENT_LENGTH,
                    Optional.empty()))
            .id();
    for (String text : TEXTS) {
      context.getBean(Statements.class).seed(id, text, false);
    }
    conversations.open(id);
    return id;
  }

  /** Two camps; even residents vote through the first instance, odd ones through the second. */
  private static void twoCamps(
      ApplicationContext first, ApplicationContext second, ConversationId c) {
    List<UUID> ids =
        first.getBean(Statements.class).accepted(c).stream().map(Statement::id).toList();
    List<CompletableFuture<Votes.Cast>> cast = new ArrayList<>();
    for (int r = 0; r < RESIDENTS; r++) {
      Votes votes = (r % 2 == 0 ? first : second).getBean(Votes.class);
      ParticipantId resident = ParticipantId.random();
      for (int s = 0; s < ids.size(); s++) {
        VoteValue vote = (s % 2 == r % 2) ? VoteValue.AGREE : VoteValue.DISAGREE;
        cast.add(votes.cast(c, resident, ids.get(s), vote, UUID.randomUUID()));
      }
    }
    cast.forEach(CompletableFuture::join);
  }
}
