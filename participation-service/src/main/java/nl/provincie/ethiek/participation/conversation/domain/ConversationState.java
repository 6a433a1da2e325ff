package nl.provincie.ethiek.participation.conversation.domain;

import java.util.Set;

/** A conversation's life: prepared, open for votes, closed, and its report published. */
public enum ConversationState {
  DRAFT,
  OPEN,
  CLOSED,
  REPORT_PUBLISHED;

  /** Only an open conversation takes votes and residents' statements. */
  public boolean acceptsVotes() {
    return this == OPEN;
  }

  /** The states this one may move to. */
  public Set<ConversationState> next() {
    return switch (this) {
      case DRAFT -> Set.of(OPEN);
      case OPEN -> Set.of(CLOSED);
      case CLOSED -> Set.of(REPORT_PUBLISHED);
      case REPORT_PUBLISHED -> Set.of();
    };
  }
}
