package nl.provincie.ethiek.participation.vote;

import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.BitSet;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import nl.provincie.ethiek.participation.vote.store.VoteStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which statements (by number) each participant has voted on, per conversation, held in memory so
 * that asking for the next statement needs no database round trip.
 *
 * <p>The first request for a conversation registers it and reads every participant's votes in the
 * background; until that read is merged, requests read their participant's votes from the database.
 * This instance's vote writer adds every vote it commits before the vote's request is answered.
 * Because the conversation is registered before the read starts, a vote committed before the read
 * is in it and one committed after is added by the writer: a participant is never offered a
 * statement they voted on through this instance. A participant absent from a complete conversation
 * has no votes. Conversations unused for {@code idle} are dropped; the database stays the record.
 *
 * <p>With several instances, votes cast through another instance are not held here: before a
 * statement is offered, {@link #confirmedOpen} checks it against the database (one primary-key
 * lookup) and, when the participant did vote on it elsewhere, reads their votes afresh. Votes cast
 * and participations removed through other instances reach every instance as events ({@link
 * RoutingEvents}). {@code participation.routing.voted-cache-idle} 0 reads the database on every
 * call (docs/adr/0019, 0027).
 */
@Singleton
class VotedStatements {

  private static final Logger LOG = LoggerFactory.getLogger(VotedStatements.class);

  /** Reads voted statement numbers from the database. */
  interface Source {
    BitSet votedNumbers(UUID conversation, UUID participant);

    boolean hasVoted(UUID statement, UUID participant);

    Map<UUID, BitSet> votedNumbersOfAll(UUID conversation);
  }

  /** One conversation's participants and the numbers they voted on. */
  private static final class Held {
    private final Map<UUID, BitSet> byParticipant = new ConcurrentHashMap<>();
    private volatile boolean complete;
    private volatile long usedAt = System.nanoTime();

    void add(UUID participant, int number) {
      byParticipant.compute(
          participant,
          (p, bits) -> {
            BitSet updated = bits == null ? new BitSet() : bits;
            updated.set(number);
            return updated;
          });
    }

    void merge(Map<UUID, BitSet> fromDatabase) {
      fromDatabase.forEach(
          (participant, numbers) ->
              byParticipant.merge(
                  participant,
                  numbers,
                  (held, read) -> {
                    held.or(read);
                    return held;
                  }));
      complete = true;
    }

    /** A copy of the participant's numbers; only meaningful once complete. */
    BitSet of(UUID participant) {
      usedAt = System.nanoTime();
      BitSet[] copy = {new BitSet()};
      byParticipant.computeIfPresent(
          participant,
          (p, bits) -> {
            copy[0] = (BitSet) bits.clone();
            return bits;
          });
      return copy[0];
    }
  }

  private final Map<UUID, Held> conversations = new ConcurrentHashMap<>();
  private final long idleNanos;
  private final Source database;
  private final Executor background;

  @Inject
  VotedStatements(
      @Value("${participation.routing.voted-cache-idle:10m}") Duration idle,
      VoteStore database,
      @Named(TaskExecutors.BLOCKING) Executor background) {
    this(idle, sourceOf(database), background);
  }

  /** The owner of the vote tables as the cache's source. */
  private static Source sourceOf(VoteStore votes) {
    return new Source() {
      @Override
      public BitSet votedNumbers(UUID conversation, UUID participant) {
        return votes.votedNumbers(conversation, participant);
      }

      @Override
      public boolean hasVoted(UUID statement, UUID participant) {
        return votes.hasVoted(statement, participant);
      }

      @Override
      public Map<UUID, BitSet> votedNumbersOfAll(UUID conversation) {
        return votes.votedNumbersOfAll(conversation);
      }
    };
  }

  VotedStatements(Duration idle, Source database, Executor background) {
    this.idleNanos = idle.toNanos();
    this.database = database;
    this.background = background;
  }

  /** The statement numbers the participant has voted on in the conversation. */
  BitSet voted(UUID conversation, UUID participant) {
    if (idleNanos <= 0) {
      return database.votedNumbers(conversation, participant);
    }
    Held held = conversations.get(conversation);
    if (held == null) {
      Held fresh = new Held();
      held = conversations.putIfAbsent(conversation, fresh);
      if (held == null) {
        held = fresh;
        background.execute(() -> load(conversation, fresh));
      }
    }
    return held.complete ? held.of(participant) : database.votedNumbers(conversation, participant);
  }

  private void load(UUID conversation, Held held) {
    try {
      held.merge(database.votedNumbersOfAll(conversation));
    } catch (RuntimeException e) {
      LOG.warn("Could not read a conversation's votes for routing: {}", e.toString());
      conversations.remove(conversation, held);
    }
  }

  /**
   * Whether the participant has still not voted on the statement, as the database says; when they
   * have (through another instance), what is held for them is replaced by their votes on record.
   */
  boolean confirmedOpen(UUID conversation, UUID participant, UUID statement) {
    if (!database.hasVoted(statement, participant)) {
      return true;
    }
    reload(conversation, participant);
    return false;
  }

  /** The participant's votes on record, held from now on in place of what was held. */
  BitSet reload(UUID conversation, UUID participant) {
    BitSet onRecord = database.votedNumbers(conversation, participant);
    Held held = conversations.get(conversation);
    if (held != null && held.complete) {
      held.byParticipant.put(participant, (BitSet) onRecord.clone());
    }
    return onRecord;
  }

  /**
   * A committed vote: this instance's own (call before the vote's request is answered) or one
   * another instance committed, learnt from its event.
   */
  void committed(UUID conversation, UUID participant, int statementNumber) {
    Held held = conversations.get(conversation);
    if (held != null) {
      held.add(participant, statementNumber);
    }
  }

  /** The participant's votes in the conversation were removed. */
  void forget(UUID conversation, UUID participant) {
    Held held = conversations.get(conversation);
    if (held == null) {
      return;
    }
    if (held.complete) {
      held.byParticipant.remove(participant);
    } else {
      // the read under way may still bring the removed votes back: start that conversation over
      conversations.remove(conversation, held);
    }
  }

  /** Whether this instance holds the conversation's votes in memory. */
  boolean holds(UUID conversation) {
    return conversations.containsKey(conversation);
  }

  /** How many conversations are held, for tests and diagnostics. */
  int size() {
    return conversations.size();
  }

  @Scheduled(fixedDelay = "1m", initialDelay = "1m")
  void dropIdle() {
    long now = System.nanoTime();
    conversations.values().removeIf(held -> held.complete && now - held.usedAt > idleNanos);
  }
}
