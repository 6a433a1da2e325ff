package nl.provincie.ethiek.participation.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.provincie.ethiek.participation.analysis.OpinionMapView;
import nl.provincie.ethiek.servicekit.events.EventTopics;

/**
 * A closed conversation's report: the full result the commission takes into account. Topic
 * participation.report-published.v1, key: the conversation id. {@code consensusStatements} and each
 * group's {@code representativeStatements} are plain texts for quick reading; the rest carries the
 * figures.
 */
public record ReportPublished(
    UUID eventId,
    Instant occurredAt,
    UUID conversationId,
    UUID caseId,
    String title,
    List<OpinionMapView.GroupView> groups,
    List<String> consensusStatements,
    OpinionMapView.ConsensusView consensus,
    List<OpinionMapView.GroupInformedView> groupInformedConsensus,
    int participantCount,
    long voteCount,
    int statementCount,
    long tick)
    implements ParticipationEvent {

  @Override
  public String kafkaTopic() {
    return EventTopics.PARTICIPATION_REPORT_PUBLISHED;
  }
}
