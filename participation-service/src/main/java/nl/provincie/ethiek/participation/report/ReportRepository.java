package nl.provincie.ethiek.participation.report;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.Optional;
import java.util.UUID;

/** The only reader and writer of {@code conversation_report}. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface ReportRepository extends GenericRepository<ReportRow, UUID> {

  ReportRow save(ReportRow row);

  Optional<ReportRow> findById(UUID conversationId);
}
