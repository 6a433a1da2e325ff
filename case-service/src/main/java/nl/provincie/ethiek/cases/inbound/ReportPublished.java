package nl.provincie.ethiek.cases.inbound;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * This service's reading of participation.report-published.v1 (contract in docs/adr/0011): only the
 * fields it uses; unknown ones are ignored.
 */
@Serdeable
record ReportPublished(
    UUID eventId,
    Instant occurredAt,
    UUID conversationId,
    UUID caseId,
    String title,
    List<Group> groups,
    List<String> consensusStatements,
    int participantCount,
    int voteCount,
    int statementCount) {

  /**
   * A group as the participation service publishes it: {@code representative} carries each
   * statement's {@code direction} ("agree" / "disagree"); {@code representativeStatements} only the
   * texts.
   */
  @Serdeable
  record Group(
      String label,
      int size,
      List<Representative> representative,
      List<String> representativeStatements) {}

  @Serdeable
  record Representative(String text, String direction, int successes, int trials) {}
}
