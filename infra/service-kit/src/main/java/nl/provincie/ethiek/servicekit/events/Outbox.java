package nl.provincie.ethiek.servicekit.events;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.util.List;
import nl.provincie.ethiek.servicekit.jdbc.Jdbc;

/**
 * Writes events to the outbox table inside the caller's transaction, so an event exists exactly
 * when the change that raised it was committed. {@link OutboxRelay} delivers them to Kafka.
 */
@Singleton
public class Outbox {

  private static final String INSERT =
      """
      insert into outbox_event (event_id, topic, event_key, event_type, payload, occurred_at)
      values (?, ?, ?, ?, ?, ?)
      """;

  private final Jdbc jdbc;
  private final JsonMapper json;

  Outbox(Jdbc jdbc, JsonMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  /**
   * Appends an event for {@code topic}, keyed by the aggregate it concerns (all events of one
   * aggregate land on one partition, in order).
   *
   * @throws jakarta.transaction.TransactionRequiredException when called outside a transaction
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void append(String topic, String aggregateKey, IntegrationEvent event) {
    String payload = toJson(event);
    jdbc.run(
        INSERT,
        "could not write event to the outbox",
        statement -> {
          statement.setObject(1, event.eventId());
          statement.setString(2, topic);
          statement.setString(3, aggregateKey);
          statement.setString(4, event.getClass().getSimpleName());
          statement.setString(5, payload);
          statement.setTimestamp(6, Timestamp.from(event.occurredAt()));
          return statement.executeUpdate();
        });
  }

  /** An event and the aggregate it concerns, for {@link #appendAll}. */
  public record Keyed(String aggregateKey, IntegrationEvent event) {}

  /**
   * Appends many events for {@code topic} in one round trip (a JDBC batch), in list order; for
   * writers that commit many changes in one transaction.
   *
   * @throws jakarta.transaction.TransactionRequiredException when called outside a transaction
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void appendAll(String topic, List<Keyed> events) {
    if (events.isEmpty()) {
      return;
    }
    jdbc.run(
        INSERT,
        "could not write events to the outbox",
        statement -> {
          for (Keyed keyed : events) {
            IntegrationEvent event = keyed.event();
            statement.setObject(1, event.eventId());
            statement.setString(2, topic);
            statement.setString(3, keyed.aggregateKey());
            statement.setString(4, event.getClass().getSimpleName());
            statement.setString(5, toJson(event));
            statement.setTimestamp(6, Timestamp.from(event.occurredAt()));
            statement.addBatch();
          }
          return statement.executeBatch();
        });
  }

  @SuppressWarnings("unchecked")
  private String toJson(IntegrationEvent event) {
    Argument<Object> type = (Argument<Object>) (Argument<?>) Argument.of(event.getClass());
    try {
      return json.writeValueAsString(type, event);
    } catch (IOException e) {
      throw new UncheckedIOException("event " + event.getClass().getName() + " is not JSON", e);
    }
  }
}
