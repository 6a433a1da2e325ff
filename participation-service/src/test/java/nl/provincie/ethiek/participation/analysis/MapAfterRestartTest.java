package nl.provincie.ethiek.participation.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micronaut.context.ApplicationContext;
import java.time.Duration;
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
import nl.provincie.ethiek.participation.vote.Votes;
import nl.provincie.ethiek.participation.vote.domain.VoteValue;
import nl.provincie.ethiek.testsupport.RealInfrastructure;
import org.junit.jupiter.api.Test;

/**
 * The engine lives in memory; the votes and the stored map live in the database. After a restart
 * the stored map is served at once, and the next vote rebuilds the engine from every vote on record
 * - not just from the votes cast since the restart.
 */
class MapAfterRestartTest {

  private static final RealInfrastructure INFRA = RealInfrastructure.shared();

  @Test
  void a_restarted_service_serves_the_stored_map_and_rebuilds_from_the_database() {
    Map<String, Object> properties =
        new HashMap<>(INFRA.micronautProperties(INFRA.newDatabase("restart")));
    ConversationId conversation;
    try (ApplicationContext first = ApplicationContext.run(properties, "test")) {
      conversation = twoCamps(first, 20);
      OpinionMaps maps = first.getBean(OpinionMaps.class);
      await()
          .atMost(Duration.ofSeconds(30))
          .until(() -> mapOf(maps, conversation).contains("\"participantCount\":20"));
      assertThat(mapOf(maps, conversation)).contains("\"k\":2");
    }

    try (ApplicationContext second = ApplicationContext.run(properties, "test")) {
      OpinionMaps maps = second.getBean(OpinionMaps.class);
      assertThat(mapOf(maps, conversation))
          .as("a map is served at once, before any new vote")
          .contains("\"participantCount\":20")
          .contains("\"k\":2");

      List<UUID> statements = statementIds(second, conversation);
      second
          .getBean(Votes.class)
          .cast(
              conversation,
              ParticipantId.random(),
              statements.get(0),
              VoteValue.AGREE,
              UUID.randomUUID())
          .join();

      await()
          .atMost(Duration.ofSeconds(30))
          .until(() -> mapOf(maps, conversation).contains("\"participantCount\":21"));
      assertThat(mapOf(maps, conversation))
          .as("rebuilt from all 21 residents' votes, so the two camps are still there")
          .contains("\"k\":2")
          .contains("\"voteCount\":81");
    }
  }

  private static String mapOf(OpinionMaps maps, ConversationId conversation) {
    return maps.latestMap(conversation.value()).orElse("");
  }

  private static List<UUID> statementIds(ApplicationContext context, ConversationId conversation) {
    return context.getBean(Statements.class).accepted(conversation).stream()
        .map(s -> s.id())
        .toList();
  }

  /** Residents in two camps: even ones agree with the even statements, odd ones with the odd. */
  private static ConversationId twoCamps(ApplicationContext context, int residents) {
    Conversations conversations = context.getBean(Conversations.class);
    Statements statements = context.getBean(Statements.class);
    Votes votes = context.getBean(Votes.class);
    ConversationId id =
        conversations
            .create(
                new ConversationSettings(
                    "Herstart",
                    "Kaart na een herstart",
                    Optional.empty(),
                    ModerationMode.OPEN,
                    false,
                    ConversationSettings.DEFAULT_MAX_STATEMENT_LENGTH,
                    Optional.empty()))
            .id();
    String[] texts = {
      "Meer groen in de stad",
      "Meer parkeerplaatsen",
      "Minder auto's in het centrum",
      "Bredere wegen"
    };
    for (String text : texts) {
      statements.seed(id, text, false);
    }
    conversations.open(id);
    List<UUID> ids = statementIds(context, id);
    List<CompletableFuture<Votes.Cast>> cast = new ArrayList<>();
    for (int r = 0; r < residents; r++) {
      ParticipantId resident = ParticipantId.random();
      for (int s = 0; s < ids.size(); s++) {
        VoteValue vote = (s % 2 == r % 2) ? VoteValue.AGREE : VoteValue.DISAGREE;
        cast.add(votes.cast(id, resident, ids.get(s), vote, UUID.randomUUID()));
      }
    }
    cast.forEach(CompletableFuture::join);
    return id;
  }
}
