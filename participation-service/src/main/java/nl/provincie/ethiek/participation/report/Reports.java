package nl.provincie.ethiek.participation.report;

import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import nl.provincie.ethiek.participation.analysis.OpinionMapView;
import nl.provincie.ethiek.participation.analysis.OpinionMaps;
import nl.provincie.ethiek.participation.conversation.Conversation;
import nl.provincie.ethiek.participation.conversation.ConversationId;
import nl.provincie.ethiek.participation.conversation.Conversations;
import nl.provincie.ethiek.participation.conversation.IllegalConversationState;
import nl.provincie.ethiek.servicekit.events.EventTopics;
import nl.provincie.ethiek.servicekit.events.Outbox;
import nl.provincie.ethiek.servicekit.problem.ProblemException;
import nl.provincie.ethiek.servicekit.problem.ProblemType;

/** Publishing a closed conversation's report: computed afresh from every vote on record. */
@Singleton
public class Reports {

  static final String INVALID_STATE = ProblemType.BASE + "invalid-conversation-state";

  private final Conversations conversations;
  private final OpinionMaps maps;
  private final ReportStore store;
  private final Outbox outbox;
  private final Clock clock = Clock.systemUTC();

  Reports(Conversations conversations, OpinionMaps maps, ReportStore store, Outbox outbox) {
    this.conversations = conversations;
    this.maps = maps;
    this.store = store;
    this.outbox = outbox;
  }

  @Transactional
  public ReportPublished publish(ConversationId id) {
    Conversation conversation;
    try {
      conversation =
          conversations
              .publishReport(id)
              .orElseThrow(() -> ProblemException.notFound("No conversation " + id));
    } catch (IllegalConversationState e) {
      throw new ProblemException(
          INVALID_STATE,
          HttpStatus.CONFLICT,
          "The conversation is " + e.current() + "; a report is published once it is CLOSED.");
    }
    OpinionMapView map = maps.finalMap(id.value(), now());
    ReportPublished report =
        new ReportPublished(
            UUID.randomUUID(),
            now(),
            id.value(),
            conversation.settings().caseId().orElse(null),
            conversation.settings().topic(),
            map.groups(),
            map.consensus().agree().stream().map(OpinionMapView.ConsensusItem::text).toList(),
            map.consensus(),
            map.groupInformedConsensus(),
            map.participantCount(),
            map.voteCount(),
            map.statementCount(),
            map.tick());
    store.save(id.value(), report);
    outbox.append(EventTopics.PARTICIPATION_REPORT_PUBLISHED, id.toString(), report);
    return report;
  }

  @Transactional
  public Optional<String> report(ConversationId id) {
    return store.find(id.value());
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }
}
