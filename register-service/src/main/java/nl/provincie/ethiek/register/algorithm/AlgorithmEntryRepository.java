package nl.provincie.ethiek.register.algorithm;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface AlgorithmEntryRepository extends CrudRepository<AlgorithmEntryRow, UUID> {

  List<AlgorithmEntryRow> findByStatusOrderByPublishedAtDesc(EntryStatus status);

  /** Locks the row until the transaction ends, so concurrent changes apply one after another. */
  Optional<AlgorithmEntryRow> findByIdForUpdate(UUID id);
}
