package nl.provincie.ethiek.participation.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
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
    List<Group> groups,
    List<String> consensusStatements,
    Consensus consensus,
    List<GroupInformed> groupInformedConsensus,
    int participantCount,
    long voteCount,
    int statementCount,
    long tick)
    implements ParticipationEvent {

  /** An opinion group with the statements that set it apart. */
  public record Group(
      int id,
      String label,
      int size,
      List<Representative> representative,
      List<String> representativeStatements) {}

  /** A statement that represents a group, and how strongly. */
  public record Representative(
      UUID statementId,
      int number,
      String text,
      String direction,
      int successes,
      int trials,
      double probability,
      double repness) {}

  /** What (nearly) everyone agrees and disagrees with. */
  public record Consensus(List<ConsensusItem> agree, List<ConsensusItem> disagree) {}

  /** One statement of the consensus. */
  public record ConsensusItem(
      UUID statementId, int number, String text, int successes, int trials, double probability) {}

  /** A statement every group leans the same way on. */
  public record GroupInformed(
      UUID statementId, int number, String text, double agree, double disagree) {}

  @Override
  public String kafkaTopic() {
    return EventTopics.PARTICIPATION_REPORT_PUBLISHED;
  }
}
