package nl.provincie.ethiek.participation.report;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.UUID;
import nl.provincie.ethiek.participation.events.ReportPublished;

/** Published reports, kept as the JSON that was published. */
@Singleton
class ReportStore {

  private final ReportRepository repository;
  private final JsonMapper json;

  ReportStore(ReportRepository repository, JsonMapper json) {
    this.repository = repository;
    this.json = json;
  }

  void save(UUID conversationId, ReportPublished report) {
    String body;
    try {
      body = json.writeValueAsString(Argument.of(ReportPublished.class), report);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    repository.save(new ReportRow(conversationId, report.occurredAt(), body));
  }

  Optional<String> find(UUID conversationId) {
    return repository.findById(conversationId).map(ReportRow::report);
  }
}
