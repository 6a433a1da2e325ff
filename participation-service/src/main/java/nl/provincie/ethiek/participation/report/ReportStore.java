package nl.provincie.ethiek.participation.report;

import io.micronaut.core.type.Argument;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.util.Optional;
import java.util.UUID;
import nl.provincie.ethiek.participation.events.ReportPublished;
import nl.provincie.ethiek.participation.jdbc.Jdbc;

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
    Jdbc.run(
        jdbc,
        "insert into conversation_report (conversation_id, published_at, report) values (?, ?, ?)",
        s -> {
          s.setObject(1, conversationId);
          s.setTimestamp(2, Timestamp.from(report.occurredAt()));
          s.setString(3, body);
          return s.executeUpdate();
        });
  }

  Optional<String> find(UUID conversationId) {
    return Jdbc.run(
        jdbc,
        "select report from conversation_report where conversation_id = ?",
        s -> {
          s.setObject(1, conversationId);
          try (ResultSet rs = s.executeQuery()) {
            return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
          }
        });
  }
}
