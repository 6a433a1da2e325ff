package nl.provincie.ethiek.participation.conversation.domain;

import java.time.Instant;
import java.util.Optional;

/** A resident conversation. Immutable; each change returns the next state of it. */
public record Conversation(
    ConversationId id,
    ConversationSettings settings,
    ConversationState state,
    Instant createdAt,
    Optional<Instant> openedAt,
    Optional<Instant> closedAt) {

  public static Conversation draft(ConversationSettings settings, Instant now) {
    return new Conversation(
        ConversationId.random(),
        settings,
        ConversationState.DRAFT,
        now,
        Optional.empty(),
        Optional.empty());
  }

  public boolean acceptsVotes() {
    return state.acceptsVotes();
  }

  public Conversation edit(ConversationSettings changed) {
    if (state != ConversationState.DRAFT && state != ConversationState.OPEN) {
      throw new IllegalConversationState("edit", state);
    }
    return new Conversation(id, changed, state, createdAt, openedAt, closedAt);
  }

  public Conversation open(Instant now) {
    return moveTo(ConversationState.OPEN, "open", now);
  }

  public Conversation close(Instant now) {
    return moveTo(ConversationState.CLOSED, "close", now);
  }

  public Conversation publishReport(Instant now) {
    return moveTo(ConversationState.REPORT_PUBLISHED, "publish the report of", now);
  }

  private Conversation moveTo(ConversationState target, String action, Instant now) {
    if (!state.next().contains(target)) {
      throw new IllegalConversationState(action, state);
    }
    return new Conversation(
        id,
        settings,
        target,
        createdAt,
        target == ConversationState.OPEN ? Optional.of(now) : openedAt,
        target == ConversationState.CLOSED ? Optional.of(now) : closedAt);
  }
}
