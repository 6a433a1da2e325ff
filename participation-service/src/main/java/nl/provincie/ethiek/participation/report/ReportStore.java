package nl.provincie.ethiek.participation.report;

import io.micronaut.core.type.Argument;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Optional;
import java.util.UUID;

/** Published reports, kept as the JSON that was published. */
@Singleton
class ReportStore {

  private final JdbcOperations jdbc;
  private final JsonMapper json;

  ReportStore(JdbcOperations jdbc, JsonMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  void save(UUID conversationId, ReportPublished report) {
    String body;
    try {
      body = json.writeValueAsString(Argument.of(ReportPublished.class), report);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    jdbc.prepareStatement(
        "insert into conversation_report (conversation_id, published_at, report) values (?, ?, ?)",
        s -> {
          try {
            s.setObject(1, conversationId);
            s.setTimestamp(2, Timestamp.from(report.occurredAt()));
            s.setString(3, body);
            return s.executeUpdate();
          } catch (SQLException e) {
            throw new IllegalStateException(e);
          }
        });
  }

  Optional<String> find(UUID conversationId) {
    return jdbc.prepareStatement(
        "select report from conversation_report where conversation_id = ?",
        s -> {
          try {
            s.setObject(1, conversationId);
            try (ResultSet rs = s.executeQuery()) {
              return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
          } catch (SQLException e) {
            throw new IllegalStateException(e);
          }
        });
  }
}
