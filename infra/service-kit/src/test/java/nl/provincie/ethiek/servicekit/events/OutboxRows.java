package nl.provincie.ethiek.servicekit.events;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

/** Reads outbox rows straight from the database, bypassing the code under test. */
record OutboxRows(String url, String user, String password) {

  /** A row still waiting for Kafka; a published event's row is gone. */
  record Row(int attempts, String lastError) {}

  boolean published(UUID eventId) {
    return find(eventId) == null;
  }

  Row find(UUID eventId) {
    try (Connection c = DriverManager.getConnection(url, user, password);
        PreparedStatement s =
            c.prepareStatement(
                "select attempts, last_error from outbox_event where event_id = ?")) {
      s.setObject(1, eventId);
      try (ResultSet rs = s.executeQuery()) {
        return rs.next() ? new Row(rs.getInt(1), rs.getString(2)) : null;
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
