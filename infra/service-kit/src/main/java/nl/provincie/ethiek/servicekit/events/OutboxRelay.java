package nl.provincie.ethiek.servicekit.events;

import io.micronaut.context.annotation.Requires;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.TransactionOperations;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Relays committed outbox rows to Kafka in outbox order and marks each one published only after the
 * broker acknowledged it. Rows the broker did not acknowledge stay pending and are sent again after
 * a back-off that grows with consecutive failures (capped), so nothing is lost while Kafka is down:
 * delivery is at least once, and consumers drop duplicates by event id.
 *
 * <p>Rows are locked with {@code for update skip locked}, so several instances of a service can
 * relay side by side without sending a row twice in the normal case.
 */
@Singleton
@Requires(property = "platform.outbox.relay.enabled", notEquals = "false")
public class OutboxRelay {

  private static final Logger LOG = LoggerFactory.getLogger(OutboxRelay.class);
  private static final int BATCH_SIZE = 200;
  private static final Duration ACK_TIMEOUT = Duration.ofSeconds(20);
  private static final Duration MAX_BACKOFF = Duration.ofSeconds(30);

  private static final String SELECT_PENDING =
      """
      select position, event_id, topic, event_key, event_type, payload, occurred_at
      from outbox_event
      where published_at is null
      order by position
      limit ?
      for update skip locked
      """;

  /** Kafka holds the event from here on; the row has done its work (docs/adr/0018). */
  private static final String MARK_PUBLISHED = "delete from outbox_event where position = any(?)";

  private static final String MARK_FAILED =
      "update outbox_event set attempts = attempts + 1, last_error = ? where position = ?";

  private final JdbcOperations jdbc;
  private final TransactionOperations<Connection> transactions;
  private final OutboxProducer producer;
  private final Clock clock;
  private int consecutiveFailures;
  private Instant pausedUntil = Instant.MIN;

  /** What the producer accepted, in outbox order, and why it stopped accepting, if it did. */
  private record Handoff(List<Future<RecordMetadata>> acks, String refusal) {}

  OutboxRelay(
      JdbcOperations jdbc,
      TransactionOperations<Connection> transactions,
      OutboxProducer producer) {
    this.jdbc = jdbc;
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
      while (relayBatch() == BATCH_SIZE) {
        // a full batch: more may be waiting
      }
    } catch (RuntimeException e) {
      LOG.warn("Outbox relay pass failed, will retry: {}", e.toString());
      backOff();
    }
  }

  /**
   * Sends one batch of pending events and records the outcome per event.
   *
   * @return how many pending events the batch held
   */
  public synchronized int relayBatch() {
    return transactions.executeWrite(
        status -> {
          List<PendingEvent> pending = lockPending();
          if (pending.isEmpty()) {
            return 0;
          }
          Handoff handoff = sendAll(pending);
          List<Long> published = new ArrayList<>(pending.size());
          int failures = 0;
          for (int i = 0; i < pending.size(); i++) {
            String error =
                i < handoff.acks().size() ? awaitAck(handoff.acks().get(i)) : handoff.refusal();
            if (error == null) {
              published.add(pending.get(i).position());
            } else {
              failures++;
              markFailed(pending.get(i).position(), error);
            }
          }
          markPublished(published);
          if (failures > 0) {
            LOG.warn(
                "Kafka did not acknowledge {} of {} events; they stay pending",
                failures,
                pending.size());
            backOff();
          } else {
            consecutiveFailures = 0;
          }
          return pending.size();
        });
  }

  /**
   * Hands the events to the producer in outbox order. When the producer refuses one outright (no
   * broker metadata within max.block.ms, say) the rest are not tried: they would wait just as long.
   */
  private Handoff sendAll(List<PendingEvent> pending) {
    List<Future<RecordMetadata>> acks = new ArrayList<>(pending.size());
    for (PendingEvent event : pending) {
      try {
        acks.add(producer.send(toRecord(event)));
      } catch (RuntimeException e) {
        return new Handoff(acks, String.valueOf(e));
      }
    }
    return new Handoff(acks, null);
  }

  private List<PendingEvent> lockPending() {
    return jdbc.prepareStatement(
        SELECT_PENDING,
        statement -> {
          try {
            statement.setInt(1, BATCH_SIZE);
            List<PendingEvent> rows = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
              while (rs.next()) {
                rows.add(
                    new PendingEvent(
                        rs.getLong(1),
                        rs.getObject(2, UUID.class),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getTimestamp(7).toInstant()));
              }
            }
            return rows;
          } catch (SQLException e) {
            throw new IllegalStateException("could not read the outbox", e);
          }
        });
  }

  private void markPublished(List<Long> positions) {
    if (positions.isEmpty()) {
      return;
    }
    jdbc.prepareStatement(
        MARK_PUBLISHED,
        statement -> {
          try {
            statement.setArray(
                1, statement.getConnection().createArrayOf("bigint", positions.toArray()));
            return statement.executeUpdate();
          } catch (SQLException e) {
            throw new IllegalStateException("could not update the outbox", e);
          }
        });
  }

  private void markFailed(long position, String error) {
    jdbc.prepareStatement(
        MARK_FAILED,
        statement -> {
          try {
            statement.setString(1, error);
            statement.setLong(2, position);
            return statement.executeUpdate();
          } catch (SQLException e) {
            throw new IllegalStateException("could not update the outbox", e);
          }
        });
  }

  private static ProducerRecord<String, String> toRecord(PendingEvent event) {
    ProducerRecord<String, String> record =
        new ProducerRecord<>(event.topic(), event.key(), event.payload());
    record.headers().add(EventHeaders.EVENT_ID, bytes(event.eventId().toString()));
    record.headers().add(EventHeaders.EVENT_TYPE, bytes(event.type()));
    record.headers().add(EventHeaders.OCCURRED_AT, bytes(event.occurredAt().toString()));
    return record;
  }

  private static byte[] bytes(String value) {
    return value.getBytes(StandardCharsets.UTF_8);
  }

  /** Returns null when acknowledged, otherwise a short description of why not. */
  private static String awaitAck(Future<RecordMetadata> ack) {
    try {
      ack.get(ACK_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
      return null;
    } catch (ExecutionException e) {
      return String.valueOf(e.getCause());
    } catch (TimeoutException e) {
      return "no acknowledgement within " + ACK_TIMEOUT;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "interrupted";
    }
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
