package nl.provincie.ethiek.cases.casefile;

import java.time.Instant;
import java.util.ArrayList;
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

  /**
   * The inputs with this report in place of an earlier report of the same conversation, which keeps
   * the use recorded for it; a report of a new conversation is added at the end.
   */
  List<ParticipationInput> replacingIn(List<ParticipationInput> inputs) {
    List<ParticipationInput> next = new ArrayList<>();
    String kept = null;
    for (ParticipationInput p : inputs) {
      if (p.conversationId().equals(conversationId)) {
        kept = kept == null ? p.howUsed() : kept;
      } else {
        next.add(p);
      }
    }
    next.add(kept == null ? this : usedAs(kept));
    return List.copyOf(next);
  }

  /**
   * One opinion group of the conversation with the statements that set it apart and whether the
   * group agreed or disagreed with each ({@code representative}). {@code representativeStatements}
   * holds only texts without their stance: reports attached before the stance was carried
   * (docs/adr/0034); new reports leave it empty.
   */
  public record OpinionGroup(
      String label,
      int size,
      List<RepresentativeStatement> representative,
      List<String> representativeStatements) {
    public OpinionGroup {
      representative = Lists.copy(representative);
      representativeStatements = Lists.copy(representativeStatements);
    }
  }

  /**
   * A statement that characterises a group: its text, whether the group mostly agreed or disagreed,
   * and how many of the group's votes on it ({@code trials}) did so ({@code successes}).
   */
  public record RepresentativeStatement(String text, Stance stance, int successes, int trials) {}

  /** Whether a group mostly agreed or disagreed with a statement. */
  public enum Stance {
    AGREE,
    DISAGREE
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
