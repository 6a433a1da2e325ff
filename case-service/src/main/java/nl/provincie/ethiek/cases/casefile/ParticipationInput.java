package nl.provincie.ethiek.cases.casefile;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The published report of a resident conversation, attached to the case it belongs to, and how the
 * commission used it (the answer to "what happened with your input").
 */
public record ParticipationInput(
    UUID conversationId,
    String title,
    List<OpinionGroup> groups,
    List<String> consensusStatements,
    int participantCount,
    int voteCount,
    int statementCount,
    Instant publishedAt,
    String howUsed) {

  public ParticipationInput {
    groups = Lists.copy(groups);
    consensusStatements = Lists.copy(consensusStatements);
  }

  /** One opinion group of the conversation with its representative statements. */
  public record OpinionGroup(String label, int size, List<String> representativeStatements) {
    public OpinionGroup {
      representativeStatements = Lists.copy(representativeStatements);
    }
  }

  ParticipationInput usedAs(String how) {
    return new ParticipationInput(
        conversationId,
        title,
        groups,
        consensusStatements,
        participantCount,
        voteCount,
        statementCount,
        publishedAt,
        how);
  }
}
