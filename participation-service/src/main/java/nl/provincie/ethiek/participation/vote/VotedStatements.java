package nl.provincie.ethiek.participation.vote;

import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.BitSet;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which statements (by number) each participant who is voting right now has voted on, held in
 * memory so that asking for the next statement needs no database round trip.
 *
 * <p>An entry is read from the database once, when the participant first asks, and from then on
 * this instance's vote writer adds every vote it commits before the vote's request is answered. The
 * entry is registered before the database is read: a vote committed before that read is in it, and
 * one committed after finds the entry and is added, so a participant is never offered a statement
 * they voted on through this instance. Entries unused for {@code idle} are dropped; the database
 * stays the record.
 *
 * <p>With several instances, a vote cast through another instance is not seen here until the entry
 * is dropped: route a participant's requests to one instance (affinity on the Participant-Token
 * header), or set {@code participation.routing.voted-cache-idle} to 0 to read the database on every
 * call (docs/adr/0019).
 */
@Singleton
class VotedStatements {

  /** A participant's voted statement numbers; complete once the database read has been merged. */
  private static final class Entry {
    private final BitSet voted = new BitSet();
    private boolean complete;
    private volatile long usedAt = System.nanoTime();

    synchronized void add(int number) {
      voted.set(number);
    }

    synchronized void complete(BitSet fromDatabase) {
      voted.or(fromDatabase);
      complete = true;
    }

    /** A copy of the voted numbers, or null while the database read is still under way. */
    synchronized BitSet snapshot() {
      usedAt = System.nanoTime();
      return complete ? (BitSet) voted.clone() : null;
    }
  }

  private record Key(UUID conversation, UUID participant) {}

  /** Reads a participant's voted statement numbers from the database. */
  interface Source {
    BitSet votedNumbers(UUID conversation, UUID participant);
  }

  private final Map<Key, Entry> entries = new ConcurrentHashMap<>();
  private final long idleNanos;

  VotedStatements(@Value("${participation.routing.voted-cache-idle:10m}") Duration idle) {
    this.idleNanos = idle.toNanos();
  }

  /** The statement numbers the participant has voted on in the conversation. */
  BitSet voted(UUID conversation, UUID participant, Source database) {
    if (idleNanos <= 0) {
      return database.votedNumbers(conversation, participant);
    }
    Key key = new Key(conversation, participant);
    Entry entry = entries.get(key);
    if (entry != null) {
      BitSet voted = entry.snapshot();
      // null: another request is loading this entry; read for ourselves rather than wait
      return voted != null ? voted : database.votedNumbers(conversation, participant);
    }
    Entry fresh = new Entry();
    Entry raced = entries.putIfAbsent(key, fresh);
    if (raced != null) {
      BitSet voted = raced.snapshot();
      return voted != null ? voted : database.votedNumbers(conversation, participant);
    }
    try {
      fresh.complete(database.votedNumbers(conversation, participant));
    } catch (RuntimeException e) {
      entries.remove(key, fresh);
      throw e;
    }
    return fresh.snapshot();
  }

  /** A vote this instance committed; call before the vote's request is answered. */
  void committed(UUID conversation, UUID participant, int statementNumber) {
    Entry entry = entries.get(new Key(conversation, participant));
    if (entry != null) {
      entry.add(statementNumber);
    }
  }

  /** The participant's votes in the conversation were removed. */
  void forget(UUID conversation, UUID participant) {
    entries.remove(new Key(conversation, participant));
  }

  /** How many participants are held, for tests and diagnostics. */
  int size() {
    return entries.size();
  }

  @Scheduled(fixedDelay = "1m", initialDelay = "1m")
  void dropIdle() {
    long now = System.nanoTime();
    entries.values().removeIf(entry -> now - entry.usedAt > idleNanos);
  }
}
