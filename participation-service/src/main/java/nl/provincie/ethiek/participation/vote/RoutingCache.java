package nl.provincie.ethiek.participation.vote;

import io.micronaut.context.annotation.Value;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.scheduling.TaskExecutors;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import nl.provincie.ethiek.participation.conversation.Conversations;
import nl.provincie.ethiek.participation.conversation.domain.ConversationId;
import nl.provincie.ethiek.participation.conversation.domain.ConversationNotFound;
import nl.provincie.ethiek.participation.conversation.domain.ConversationState;
import nl.provincie.ethiek.participation.statement.Statements;
import nl.provincie.ethiek.participation.statement.StatementsChanged;
import nl.provincie.ethiek.participation.statement.domain.Statement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The statements a conversation offers for voting, held in memory so that asking for the next
 * statement reads no statements from the database. An entry is dropped when this instance changes
 * the conversation's statements, and read again in the background once it is older than {@code ttl}
 * (the stale entry is answered meanwhile), so changes made by another instance show within about
 * that time and no resident waits for the reload. Only conversations past draft are held: a
 * conversation never returns to draft.
 */
@Singleton
class RoutingCache {

  private record Entry(List<Statement> accepted, long loadedAt, AtomicBoolean reloading) {
    Entry(List<Statement> accepted, long loadedAt) {
      this(accepted, loadedAt, new AtomicBoolean());
    }
  }

  private static final Logger LOG = LoggerFactory.getLogger(RoutingCache.class);

  private final Conversations conversations;
  private final Statements statements;
  private final long ttlNanos;
  private final Executor background;
  private final Map<UUID, Entry> entries = new ConcurrentHashMap<>();

  RoutingCache(
      Conversations conversations,
      Statements statements,
      @Value("${participation.routing.cache-ttl:1s}") Duration ttl,
      @Named(TaskExecutors.BLOCKING) Executor background) {
    this.conversations = conversations;
    this.statements = statements;
    this.ttlNanos = ttl.toNanos();
    this.background = background;
  }

  /**
   * The accepted statements in number order.
   *
   * @throws ProblemException 404 when there is no such conversation or it is still a draft
   */
  List<Statement> accepted(ConversationId conversation) {
    Entry entry = entries.get(conversation.value());
    if (entry == null) {
      Entry loaded = load(conversation);
      entries.put(conversation.value(), loaded);
      return loaded.accepted();
    }
    if (System.nanoTime() - entry.loadedAt() >= ttlNanos
        && entry.reloading().compareAndSet(false, true)) {
      background.execute(() -> reload(conversation, entry));
    }
    return entry.accepted();
  }

  private Entry load(ConversationId conversation) {
    long now = System.nanoTime();
    conversations
        .find(conversation)
        .filter(c -> c.state() != ConversationState.DRAFT)
        .orElseThrow(() -> new ConversationNotFound(conversation));
    return new Entry(statements.accepted(conversation), now);
  }

  /** Replaces the stale entry, unless a local change dropped it meanwhile. */
  private void reload(ConversationId conversation, Entry stale) {
    try {
      entries.replace(conversation.value(), stale, load(conversation));
    } catch (RuntimeException e) {
      LOG.warn("Could not reload the statements of a conversation: {}", e.toString());
      entries.remove(conversation.value(), stale);
    }
  }

  @EventListener
  void onChange(StatementsChanged change) {
    entries.remove(change.conversationId());
  }
}
