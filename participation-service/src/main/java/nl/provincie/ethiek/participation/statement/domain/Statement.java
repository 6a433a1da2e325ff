package nl.provincie.ethiek.participation.statement.domain;

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

  /** Why a statement whose author removed their participation is out of the conversation. */
  public static final String WITHDRAWN_REASON = "withdrawn by its author";

  /**
   * The author takes it back: it leaves the conversation, loses its link to them and its text is
   * erased (docs/adr/0031).
   */
  public Statement withdrawByAuthor() {
    return new Statement(
        id,
        conversationId,
        number,
        StatementText.WITHDRAWN,
        origin,
        Optional.empty(),
        meta,
        Moderation.REJECTED,
        Optional.of(WITHDRAWN_REASON),
        createdAt);
  }

  /** Withdrawn by its author: its text is gone, so no moderator may bring it back. */
  public boolean withdrawn() {
    return moderation == Moderation.REJECTED
        && author.isEmpty()
        && text.equals(StatementText.WITHDRAWN)
        && moderationReason.filter(WITHDRAWN_REASON::equals).isPresent();
  }

  private Statement moderate(Moderation to, Optional<String> reason) {
    return new Statement(
        id, conversationId, number, text, origin, author, meta, to, reason, createdAt);
  }
}
