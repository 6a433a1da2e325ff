package nl.provincie.ethiek.participation.conversation;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.provincie.ethiek.participation.conversation.domain.ConversationState;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface ConversationRepository extends CrudRepository<ConversationRow, UUID> {

  Optional<ConversationRow> findByIdForUpdate(UUID id);

  List<ConversationRow> findAllOrderByCreatedAtDesc();

  List<ConversationRow> findByStateNotEqual(ConversationState state);

  List<ConversationRow> findByCaseIdOrderByCreatedAtDesc(UUID caseId);

  @Query(
      """
      select * from conversation
      where state = 'OPEN' or (state in ('CLOSED', 'REPORT_PUBLISHED') and closed_at >= :closedSince)
      order by case when state = 'OPEN' then 0 else 1 end, coalesce(closed_at, opened_at) desc
      """)
  List<ConversationRow> findPublic(Instant closedSince);
}
