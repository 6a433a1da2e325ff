package nl.provincie.ethiek.participation.opinion;

import java.util.Objects;

/**
 * One vote as cast. Within a batch, and from batch to batch, later votes win over earlier ones on
 * the same statement; {@code castAtMillis} is used only to replay history in {@link
 * OpinionEngine#rebuild}.
 */
public record Vote(
    ParticipantId participant, StatementId statement, Choice choice, long castAtMillis) {

  public Vote {
    Objects.requireNonNull(participant, "participant");
    Objects.requireNonNull(statement, "statement");
    Objects.requireNonNull(choice, "choice");
  }

  public static Vote of(long participant, int statement, Choice choice) {
    return new Vote(ParticipantId.of(participant), StatementId.of(statement), choice, 0L);
  }
}
