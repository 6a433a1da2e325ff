package nl.provincie.ethiek.cases.signal;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface IntakeSignalRepository extends CrudRepository<IntakeSignalRow, UUID> {

  List<IntakeSignalRow> findAllOrderByReceivedAtDesc();

  List<IntakeSignalRow> findBySubjectIdOrderByReceivedAtDesc(UUID subjectId);

  boolean existsBySubjectIdAndSource(UUID subjectId, SignalSource source);
}
