package nl.provincie.ethiek.participation.vote;

import io.micronaut.context.annotation.Value;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import nl.provincie.ethiek.participation.conversation.ConversationId;
import nl.provincie.ethiek.participation.conversation.ConversationState;
import nl.provincie.ethiek.participation.conversation.Conversations;
import nl.provincie.ethiek.participation.statement.Statement;
import nl.provincie.ethiek.participation.statement.Statements;
import nl.provincie.ethiek.participation.statement.StatementsChanged;
import nl.provincie.ethiek.servicekit.problem.ProblemException;

/**
 * The statements a conversation offers for voting, held in memory so that asking for the next
 * statement costs one query (the participant's own votes) instead of three. An entry is dropped
 * when this instance changes the conversation's statements and lives at most {@code ttl}, so
 * changes made by another instance show within that time. Only conversations past draft are held: a
 * conversation never returns to draft.
 */
@Singleton
class RoutingCache {

  private record Entry(List<Statement> accepted, long loadedAt) {}

  private final Conversations conversations;
  private final Statements statements;
  private final long ttlNanos;
  private final Map<UUID, Entry> entries = new ConcurrentHashMap<>();

  RoutingCache(
      Conversations conversations,
      Statements statements,
      @Value("${participation.routing.cache-ttl:1s}") Duration ttl) {
    this.conversations = conversations;
    this.statements = statements;
    this.ttlNanos = ttl.toNanos();
  }

  /**
   * The accepted statements in number order.
   *
   * @throws ProblemException 404 when there is no such conversation or it is still a draft
   */
  List<Statement> accepted(ConversationId conversation) {
    Entry entry = entries.get(conversation.value());
    long now = System.nanoTime();
    if (entry != null && now - entry.loadedAt() < ttlNanos) {
      return entry.accepted();
    }
    conversations
        .find(conversation)
        .filter(c -> c.state() != ConversationState.DRAFT)
        .orElseThrow(() -> ProblemException.notFound("No conversation " + conversation));
    List<Statement> accepted = statements.accepted(conversation);
    entries.put(conversation.value(), new Entry(accepted, now));
    return accepted;
  }

  @EventListener
  void onChange(StatementsChanged change) {
    entries.remove(change.conversationId());
  }
}
