package nl.provincie.ethiek.participation.report;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import nl.provincie.ethiek.participation.analysis.OpinionMapView;
import nl.provincie.ethiek.participation.analysis.OpinionMaps;
import nl.provincie.ethiek.participation.conversation.Conversations;
import nl.provincie.ethiek.participation.conversation.domain.Conversation;
import nl.provincie.ethiek.participation.conversation.domain.ConversationId;
import nl.provincie.ethiek.participation.conversation.domain.ConversationNotFound;
import nl.provincie.ethiek.participation.conversation.domain.IllegalConversationState;
import nl.provincie.ethiek.participation.events.ReportPublished;
import nl.provincie.ethiek.participation.report.domain.ReportNeedsClosedConversation;
import nl.provincie.ethiek.servicekit.events.Outbox;

/** Publishing a closed conversation's report: computed afresh from every vote on record. */
@Singleton
public class Reports {

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
          conversations.publishReport(id).orElseThrow(() -> new ConversationNotFound(id));
    } catch (IllegalConversationState e) {
      throw new ReportNeedsClosedConversation(e.current());
    }
    OpinionMapView map = maps.finalMap(id.value(), now());
    ReportPublished report =
        new ReportPublished(
            UUID.randomUUID(),
            now(),
            id.value(),
            conversation.settings().caseId().orElse(null),
            conversation.settings().topic(),
            ReportContent.groups(map),
            map.consensus().agree().stream().map(OpinionMapView.ConsensusItem::text).toList(),
            ReportContent.consensus(map),
            ReportContent.groupInformed(map),
            map.participantCount(),
            map.voteCount(),
            map.statementCount(),
            map.tick());
    store.save(id.value(), report);
    outbox.append(report.kafkaTopic(), report.key(), report);
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
