package nl.provincie.ethiek.servicekit.events;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.util.UUID;
import nl.provincie.ethiek.servicekit.jdbc.Jdbc;

/**
 * Runs an event handler at most once per (consumer, event id): the event id is recorded in the same
 * transaction as the handler's changes, so a redelivered event is recognised and dropped, and a
 * handler that fails leaves no mark and is retried.
 */
@Singleton
public class IdempotentConsumer {

  private static final String CLAIM =
      """
      insert into processed_event (consumer, event_id) values (?, ?)
      on conflict (consumer, event_id) do nothing
      """;

  private final Jdbc jdbc;

  IdempotentConsumer(Jdbc jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Handles the event unless this consumer already handled it.
   *
   * @return true when the handler ran, false when the event was a duplicate
   */
  @Transactional
  public boolean handleOnce(String consumer, UUID eventId, Runnable handler) {
    if (!claim(consumer, eventId)) {
      return false;
    }
    handler.run();
    return true;
  }

  private boolean claim(String consumer, UUID eventId) {
    return jdbc.run(
        CLAIM,
        "could not record processed event",
        statement -> {
          statement.setString(1, consumer);
          statement.setObject(2, eventId);
          return statement.executeUpdate() == 1;
        });
  }
}
