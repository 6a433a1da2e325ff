package nl.provincie.ethiek.participation.statement;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.provincie.ethiek.participation.statement.domain.Moderation;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface StatementRepository extends CrudRepository<StatementRow, UUID> {

  Optional<StatementRow> findByIdForUpdate(UUID id);

  List<StatementRow> findByConversationIdOrderByNumber(UUID conversationId);

  List<StatementRow> findByConversationIdAndModerationOrderByNumber(
      UUID conversationId, Moderation moderation);

  @Query(
      """
      select * from statement where conversation_id = :conversationId and moderation = :moderation
      order by number limit :limit offset :offset
      """)
  List<StatementRow> queue(UUID conversationId, Moderation moderation, int limit, long offset);

  long countByConversationIdAndModeration(UUID conversationId, Moderation moderation);

  @Query("select coalesce(max(number), 0) from statement where conversation_id = :conversationId")
  int maxNumber(UUID conversationId);

  @Query(
      """
      select count(*) from statement
      where conversation_id = :conversationId and author_participant = :author
        and created_at >= :since
      """)
  long countByAuthorSince(UUID conversationId, UUID author, Instant since);

  List<StatementRow> findByConversationIdAndAuthorParticipant(UUID conversationId, UUID author);
}
