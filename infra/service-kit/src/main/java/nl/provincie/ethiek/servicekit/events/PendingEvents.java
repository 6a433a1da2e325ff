package nl.provincie.ethiek.servicekit.events;

import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.provincie.ethiek.servicekit.cluster.AdvisoryLocks;
import nl.provincie.ethiek.servicekit.jdbc.Jdbc;

/**
 * The outbox rows as the relay sees them: split by a hash of the event key into {@link #LANES}
 * lanes, each relayed by one instance at a time under its advisory lock (docs/adr/0023). Callers
 * own the transaction; the lane lock lasts until it ends.
 */
@Singleton
class PendingEvents {

  /**
   * Number of lanes. The lane expression and this number also appear in the partial index of
   * db/platform/R__outbox_event_lanes.sql; change both together.
   */
  static final int LANES = 8;

  private static final String LANE = "abs(hashtext(event_key) % " + LANES + ")";

  static final String OLDEST_OF_LANE =
      "select position, event_id, topic, event_key, event_type, payload, occurred_at"
          + " from outbox_event where "
          + LANE
          + " = ? order by position limit ?";

  /** Kafka holds the event from here on; the row has done its work (docs/adr/0018). */
  private static final String DELETE = "delete from outbox_event where position = any(?)";

  private static final String FAILED =
      "update outbox_event set attempts = attempts + 1, last_error = ? where position = ?";

  private final Jdbc jdbc;

  PendingEvents(Jdbc jdbc) {
    this.jdbc = jdbc;
  }

  /** True when this transaction now owns the lane; false when another instance relays it. */
  boolean lockLane(int lane) {
    return jdbc.tryLockForTransaction(AdvisoryLocks.OUTBOX_RELAY_LANE, lane);
  }

  /** The lane's oldest pending events, in outbox order. */
  List<PendingEvent> oldest(int lane, int limit) {
    return jdbc.run(
        OLDEST_OF_LANE,
        "could not read the outbox",
        statement -> {
          statement.setInt(1, lane);
          statement.setInt(2, limit);
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
        });
  }

  void published(List<PendingEvent> events) {
    if (events.isEmpty()) {
      return;
    }
    Long[] positions = events.stream().map(PendingEvent::position).toArray(Long[]::new);
    jdbc.run(
        DELETE,
        "could not update the outbox",
        statement -> {
          statement.setArray(1, statement.getConnection().createArrayOf("bigint", positions));
          return statement.executeUpdate();
        });
  }

  void failed(PendingEvent event, String error) {
    jdbc.run(
        FAILED,
        "could not update the outbox",
        statement -> {
          statement.setString(1, error);
          statement.setLong(2, event.position());
          return statement.executeUpdate();
        });
  }
}
