package nl.provincie.ethiek.participation.statement;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** One statement of a conversation. Immutable; moderation returns the next state. */
public record Statement(
    UUID id,
    UUID conversationId,
    int number,
    StatementText text,
    Origin origin,
    Optional<UUID> author,
    boolean meta,
    Moderation moderation,
    Optional<String> moderationReason,
    Instant createdAt) {

  public Statement accept() {
    return moderate(Moderation.ACCEPTED, Optional.empty());
  }

  public Statement reject(String reason) {
    return moderate(Moderation.REJECTED, Optional.of(reason));
  }

  public Statement markMeta(boolean isMeta) {
    return new Statement(
        id,
        conversationId,
        number,
        text,
        origin,
        author,
        isMeta,
        moderation,
        moderationReason,
        createdAt);
  }

  /** The author takes it back: it leaves the conversation and loses its link to them. */
  public Statement withdrawByAuthor() {
    return new Statement(
        id,
        conversationId,
        number,
        text,
        origin,
        Optional.empty(),
        meta,
        Moderation.REJECTED,
        Optional.of("withdrawn by its author"),
        createdAt);
  }

  private Statement moderate(Moderation to, Optional<String> reason) {
    return new Statement(
        id, conversationId, number, text, origin, author, meta, to, reason, createdAt);
  }
}
