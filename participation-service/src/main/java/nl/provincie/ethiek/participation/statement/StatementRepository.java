package nl.provincie.ethiek.participation.statement;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.provincie.ethiek.participation.participant.ParticipantColumns;
import nl.provincie.ethiek.participation.participant.StoredParticipants;
import nl.provincie.ethiek.participation.statement.domain.Moderation;
import nl.provincie.ethiek.participation.statement.domain.Statement;
import nl.provincie.ethiek.participation.statement.domain.StatementText;
import nl.provincie.ethiek.servicekit.jdbc.Jdbc;

/**
 * The one owner of {@code statement} (docs/adr/0059): the Micronaut Data queries of the use cases,
 * and hand-written SQL through {@link Jdbc} for the reads and writes that come in bulk (the
 * analysis, the pol.is import and export, earlier withdrawals, the pseudonym migration), public for
 * the features that need them.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
public abstract class StatementRepository
    implements CrudRepository<StatementRow, UUID>, StoredParticipants {

  /** Statements withdrawn before a withdrawal erased their text (docs/adr/0031). */
  private static final String WITHDRAWN =
      "select id from statement where origin = 'RESIDENT' and author_participant is null"
          + " and moderation = 'REJECTED' and moderation_reason = ?";

  /** Rows of the bulk reads that PostgreSQL sends at a time. */
  private static final int FETCH = 5_000;

  /** A statement as the analysis and the pol.is export read it. */
  public record Listed(
      UUID id,
      int number,
      String text,
      boolean meta,
      Moderation moderation,
      Instant createdAt,
      @Nullable UUID author) {}

  /** A statement as a pol.is import stores it: text and moderation as pol.is had them. */
  public record Imported(
      UUID id,
      int number,
      String text,
      String normalized,
      @Nullable UUID author,
      boolean meta,
      Moderation moderation,
      Instant createdAt) {}

  private final Jdbc jdbc;

  public StatementRepository(Jdbc jdbc) {
    this.jdbc = jdbc;
  }

  abstract Optional<StatementRow> findByIdForUpdate(UUID id);

  abstract List<StatementRow> findByConversationIdOrderByNumber(UUID conversationId);

  abstract List<StatementRow> findByConversationIdAndModerationOrderByNumber(
      UUID conversationId, Moderation moderation);

  @Query(
      """
      select * from statement where conversation_id = :conversationId and moderation = :moderation
      order by number limit :limit offset :offset
      """)
  abstract List<StatementRow> queue(
      UUID conversationId, Moderation moderation, int limit, long offset);

  abstract long countByConversationIdAndModeration(UUID conversationId, Moderation moderation);

  @Query("select coalesce(max(number), 0) from statement where conversation_id = :conversationId")
  abstract int maxNumber(UUID conversationId);

  @Query(
      """
      select count(*) from statement
      where conversation_id = :conversationId and author_participant = :author
        and created_at >= :since
      """)
  abstract long countByAuthorSince(UUID conversationId, UUID author, Instant since);

  abstract List<StatementRow> findByConversationIdAndAuthorParticipant(
      UUID conversationId, UUID author);

  /** How many statements of each conversation wait in this moderation state. */
  Map<UUID, Long> countPerConversation(Moderation moderation) {
    Map<UUID, Long> counts = new HashMap<>();
    jdbc.query(
        "select conversation_id, count(*) from statement where moderation = ?"
            + " group by conversation_id",
        0,
        s -> s.setString(1, moderation.name()),
        rs -> counts.put(rs.getObject(1, UUID.class), rs.getLong(2)));
    return counts;
  }

  /** The ids of the statements withdrawn before a withdrawal erased their text. */
  List<UUID> withdrawnEarlier() {
    return jdbc.list(
        WITHDRAWN,
        0,
        s -> s.setString(1, Statement.WITHDRAWN_REASON),
        rs -> rs.getObject(1, UUID.class));
  }

  /** Erases the text of those statements; answers how many still held it. */
  int eraseWithdrawnEarlier() {
    return jdbc.update(
        "update statement set text = ?, normalized_text = ? where text <> ? and id in ("
            + WITHDRAWN
            + ")",
        s -> {
          s.setString(1, StatementText.WITHDRAWN.value());
          s.setString(2, StatementText.WITHDRAWN.normalized());
          s.setString(3, StatementText.WITHDRAWN.value());
          s.setString(4, Statement.WITHDRAWN_REASON);
        });
  }

  /** Every statement of the conversation, pending ones too, by number. */
  public List<Listed> listed(UUID conversation) {
    return jdbc.list(
        "select id, number, text, meta, moderation, created_at, author_participant"
            + " from statement where conversation_id = ? order by number",
        FETCH,
        Jdbc.parameters(conversation),
        rs ->
            new Listed(
                rs.getObject(1, UUID.class),
                rs.getInt(2),
                rs.getString(3),
                rs.getBoolean(4),
                Moderation.valueOf(rs.getString(5)),
                rs.getTimestamp(6).toInstant(),
                rs.getObject(7, UUID.class)));
  }

  /** Conversations whose statements were added or moderated since {@code since}. */
  public List<UUID> conversationsChangedSince(Instant since) {
    return jdbc.list(
        "select distinct conversation_id from statement"
            + " where coalesce(moderated_at, created_at) > ?",
        0,
        s -> s.setTimestamp(1, Timestamp.from(since)),
        rs -> rs.getObject(1, UUID.class));
  }

  /** Stores imported statements as pol.is had them, in batches. */
  public void insertImported(UUID conversation, List<Imported> statements) {
    jdbc.batch(
        """
        insert into statement (id, conversation_id, number, text, normalized_text, origin,
          author_participant, meta, moderation, created_at, moderated_at)
        values (?, ?, ?, ?, ?, 'RESIDENT', ?, ?, ?, ?, ?)
        """,
        statements,
        (s, st) -> {
          s.setObject(1, st.id());
          s.setObject(2, conversation);
          s.setInt(3, st.number());
          s.setString(4, st.text());
          s.setString(5, st.normalized());
          s.setObject(6, st.author());
          s.setBoolean(7, st.meta());
          s.setString(8, st.moderation().name());
          s.setTimestamp(9, Timestamp.from(st.createdAt()));
          s.setTimestamp(
              10, st.moderation() == Moderation.PENDING ? null : Timestamp.from(st.createdAt()));
        });
  }

  /** The statement ids of the conversation by number. */
  public Map<Integer, UUID> idsByNumber(UUID conversation) {
    Map<Integer, UUID> ids = new HashMap<>();
    jdbc.query(
        "select number, id from statement where conversation_id = ?",
        FETCH,
        Jdbc.parameters(conversation),
        rs -> ids.put(rs.getInt(1), rs.getObject(2, UUID.class)));
    return ids;
  }

  /**
   * Every author of the conversation with how many statements they wrote, in the order of their
   * first statement.
   */
  public Map<UUID, Integer> authorsInOrder(UUID conversation) {
    Map<UUID, Integer> authors = new LinkedHashMap<>();
    jdbc.query(
        """
        select author_participant, count(*) from statement
        where conversation_id = ? and author_participant is not null
        group by author_participant order by min(created_at), author_participant
        """,
        FETCH,
        Jdbc.parameters(conversation),
        rs -> authors.put(rs.getObject(1, UUID.class), rs.getInt(2)));
    return authors;
  }

  /** Whether the conversation has statements and all of them came from residents. */
  public boolean onlyResidentsWrote(UUID conversation) {
    boolean[] only = new boolean[1];
    jdbc.query(
        """
        select exists (select 1 from statement where conversation_id = ?)
           and not exists (select 1 from statement where conversation_id = ? and origin <> 'RESIDENT')
        """,
        0,
        Jdbc.parameters(conversation, conversation),
        rs -> only[0] = rs.getBoolean(1));
    return only[0];
  }

  /** Deletes every statement of the conversation. */
  public void removeAll(UUID conversation) {
    jdbc.update(
        "delete from statement where conversation_id = ?", s -> s.setObject(1, conversation));
  }

  @Override
  public void collectParticipants(Collection<Stored> into) {
    ParticipantColumns.collect(
        jdbc,
        "select conversation_id, author_participant from statement"
            + " where author_participant is not null",
        into);
  }

  @Override
  public void renameParticipants(List<Rename> renames) {
    ParticipantColumns.rename(
        jdbc,
        """
        update statement s set author_participant = m.new_id
        from unnest(?::uuid[], ?::uuid[], ?::uuid[]) as m(c, old_id, new_id)
        where s.conversation_id = m.c and s.author_participant = m.old_id
        """,
        renames);
  }
}
