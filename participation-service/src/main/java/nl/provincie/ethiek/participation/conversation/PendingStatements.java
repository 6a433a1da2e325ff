package nl.provincie.ethiek.participation.conversation;

import java.util.Map;
import nl.provincie.ethiek.participation.conversation.domain.ConversationId;

/**
 * How many statements wait for a moderator, per conversation: the staff list shows it (issue 14
 * item 12, docs/adr/0054). The statement feature answers; the conversation feature only asks, so
 * the two packages keep depending one way.
 */
public interface PendingStatements {

  /** Every conversation with at least one pending statement, and how many; others are absent. */
  Map<ConversationId, Long> perConversation();
}
