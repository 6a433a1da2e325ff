package nl.provincie.ethiek.participation.statement;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.Map;
import nl.provincie.ethiek.participation.conversation.PendingStatements;
import nl.provincie.ethiek.participation.conversation.domain.ConversationId;
import nl.provincie.ethiek.participation.statement.domain.Moderation;

/** The pending statements of every conversation, counted in one grouped query. */
@Singleton
class PendingStatementCounts implements PendingStatements {

  private final StatementRepository statements;

  PendingStatementCounts(StatementRepository statements) {
    this.statements = statements;
  }

  @Override
  @Transactional
  public Map<ConversationId, Long> perConversation() {
    Map<ConversationId, Long> counts = new HashMap<>();
    statements
        .countPerConversation(Moderation.PENDING)
        .forEach((conversation, count) -> counts.put(new ConversationId(conversation), count));
    return counts;
  }
}
