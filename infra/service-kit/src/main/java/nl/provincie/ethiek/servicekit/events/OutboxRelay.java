package nl.provincie.ethiek.servicekit.events;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.TransactionOperations;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Relays committed outbox rows to Kafka and deletes each one only after the broker acknowledged it.
 * Rows the broker did not acknowledge stay pending and are sent again after a back-off that grows
 * with consecutive failures (capped), so nothing is lost while Kafka is down: delivery is at least
 * once, and consumers drop duplicates by event id.
 *
 * <p>Several instances of a service relay one outbox side by side without reordering the events of
 * a key (docs/adr/0023): the rows are split into lanes by a hash of their key, each lane is relayed
 * by one instance at a time under a transaction-scoped advisory lock, in outbox order, and a lane's
 * batch stops at its first unacknowledged event.
 */
@Singleton
@Requires(property = "platform.outbox.relay.enabled", notEquals = "false")
public class OutboxRelay {

  private static final Logger LOG = LoggerFactory.getLogger(OutboxRelay.class);
  private static final int BATCH_SIZE = 200;
  private static final Duration MAX_BACKOFF = Duration.ofSeconds(30);

  private final PendingEvents outbox;
  private final TransactionOperations<Connection> transactions;
  private final OutboxProducer producer;
  private final Clock clock;
  private int consecutiveFailures;
  private Instant pausedUntil = Instant.MIN;

  /** What one lane's turn did: events relayed, whether a full batch was read, and a failure. */
  private record Turn(int relayed, boolean full, boolean failed) {
    static final Turn SKIPPED = new Turn(0, false, false);
  }

  /** What a pass over every lane did. */
  public record Pass(int relayed, boolean moreWaiting, boolean failed) {}

  OutboxRelay(
      PendingEvents outbox,
      TransactionOperations<Connection> transactions,
      OutboxProducer producer) {
    this.outbox = outbox;
    this.transactions = transactions;
    this.producer = producer;
    this.clock = Clock.systemUTC();
  }

  @Scheduled(
      fixedDelay = "${platform.outbox.poll-interval:100ms}",
      initialDelay = "${platform.outbox.initial-delay:1s}")
  synchronized void relayOnSchedule() {
    if (clock.instant().isBefore(pausedUntil)) {
      return;
    }
    try {
      while (relayPass().moreWaiting()) {
        // a lane held a full batch: more may be waiting
      }
    } catch (RuntimeException e) {
      LOG.warn("Outbox relay pass failed, will retry: {}", e.toString());
      backOff();
    }
  }

  /**
   * Gives every lane another instance is not relaying right now one batch, starting at a random
   * lane so that instances spread over the lanes. Stops at the first lane whose batch Kafka did not
   * acknowledge completely: the broker is likely unreachable for the others too.
   */
  public synchronized Pass relayPass() {
    int first = ThreadLocalRandom.current().nextInt(PendingEvents.LANES);
    int relayed = 0;
    boolean moreWaiting = false;
    for (int i = 0; i < PendingEvents.LANES; i++) {
      Turn turn = relayLane((first + i) % PendingEvents.LANES);
      relayed += turn.relayed();
      moreWaiting |= turn.full();
      if (turn.failed()) {
        backOff();
        return new Pass(relayed, false, true);
      }
    }
    consecutiveFailures = 0;
    return new Pass(relayed, moreWaiting, false);
  }

  private Turn relayLane(int lane) {
    return transactions.executeWrite(
        status -> {
          if (!outbox.lockLane(lane)) {
            return Turn.SKIPPED;
          }
          List<PendingEvent> pending = outbox.oldest(lane, BATCH_SIZE);
          if (pending.isEmpty()) {
            return Turn.SKIPPED;
          }
          OrderedHandoff.Outcome outcome = OrderedHandoff.send(producer, pending);
          outbox.published(outcome.acknowledged());
          outcome
              .failure()
              .ifPresent(
                  failure -> {
                    outbox.failed(failure.event(), failure.error());
                    LOG.warn(
                        "Kafka did not acknowledge event {} (lane {}); it and the {} after it stay"
                            + " pending: {}",
                        failure.event().eventId(),
                        lane,
                        pending.size() - outcome.acknowledged().size() - 1,
                        failure.error());
                  });
          return new Turn(
              outcome.acknowledged().size(),
              pending.size() == BATCH_SIZE,
              outcome.failure().isPresent());
        });
  }

  private void backOff() {
    consecutiveFailures++;
    long seconds = Math.min(MAX_BACKOFF.toSeconds(), 1L << Math.min(consecutiveFailures, 5));
    pausedUntil = clock.instant().plusSeconds(seconds);
  }

  @PreDestroy
  void stop() {
    producer.close();
  }
}
