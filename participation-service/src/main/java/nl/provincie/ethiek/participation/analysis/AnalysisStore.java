package nl.provincie.ethiek.participation.analysis;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.provincie.ethiek.participation.conversation.Conversations;
import nl.provincie.ethiek.participation.conversation.domain.ConversationId;
import nl.provincie.ethiek.participation.opinion.Choice;
import nl.provincie.ethiek.participation.opinion.ParticipantId;
import nl.provincie.ethiek.participation.opinion.StatementId;
import nl.provincie.ethiek.participation.opinion.Vote;
import nl.provincie.ethiek.participation.participant.StoredParticipants;
import nl.provincie.ethiek.participation.statement.StatementRepository;
import nl.provincie.ethiek.participation.vote.store.ImportedVoters;
import nl.provincie.ethiek.participation.vote.store.VoteStore;
import nl.provincie.ethiek.servicekit.jdbc.Jdbc;

/**
 * The one owner of {@code opinion_snapshot} and {@code analysis_rebuild_request} (docs/adr/0059):
 * keeps the latest map per conversation; reads votes, statements and conversations for the engine
 * through their owners.
 */
@Singleton
class AnalysisStore implements StoredParticipants {

  private final Jdbc jdbc;
  private final VoteStore votes;
  private final ImportedVoters voters;
  private final StatementRepository statements;
  private final Conversations conversations;

  AnalysisStore(
      Jdbc jdbc,
      VoteStore votes,
      ImportedVoters voters,
      StatementRepository statements,
      Conversations conversations) {
    this.jdbc = jdbc;
    this.votes = votes;
    this.voters = voters;
    this.statements = statements;
    this.conversations = conversations;
  }

  /**
   * The engine's number for a participant: the pol.is voter id for imported conversations (so the
   * map matches the export's), otherwise one derived from the pseudonymous id alone.
   */
  static ParticipantId engineId(UUID participant, Integer voterId) {
    return voterId != null
        ? ParticipantId.of(voterId)
        : ParticipantId.of(
            participant.getMostSignificantBits() ^ participant.getLeastSignificantBits());
  }

  @Transactional
  ParticipantId engineIdOf(UUID conversationId, UUID participant) {
    return engineId(participant, voters.voterIdOf(conversationId, participant).orElse(null));
  }

  /** Every vote of a conversation still on record, in the order they were cast. */
  @Transactional
  List<Vote> votesOf(UUID conversationId) {
    return votes.replay(
        conversationId,
        (participant, number, sign, castAtMillis, voterId) ->
            new Vote(
                engineId(participant, voterId),
                StatementId.of(number),
                Choice.ofSign(sign),
                castAtMillis));
  }

  @Transactional
  long countCurrentVotes(UUID conversationId) {
    return votes.countCurrent(conversationId);
  }

  @Transactional
  List<StatementInfo> statementsOf(UUID conversationId) {
    // pending statements count too: imported ones can carry votes, as in pol.is
    return statements.listed(conversationId).stream()
        .map(s -> new StatementInfo(s.id(), s.number(), s.text(), s.meta(), s.moderation().name()))
        .toList();
  }

  /** Conversations whose statements were added or moderated since {@code since}. */
  @Transactional
  List<UUID> moderatedSince(Instant since) {
    return statements.conversationsChangedSince(since);
  }

  /**
   * Stores the owner's new map with what other instances need of it. The stored tick only grows: a
   * new owner continues from the tick its predecessor stored.
   */
  @Transactional
  void saveMap(
      UUID conversationId,
      long tick,
      Instant computedAt,
      String json,
      byte[] priorities,
      byte[] positions) {
    jdbc.run(
        """
        insert into opinion_snapshot (conversation_id, tick, computed_at, map, priorities, positions)
        values (?, ?, ?, ?, ?, ?)
        on conflict (conversation_id) do update
        set tick = excluded.tick, computed_at = excluded.computed_at, map = excluded.map,
            priorities = excluded.priorities, positions = excluded.positions
        """,
        s -> {
          s.setObject(1, conversationId);
          s.setLong(2, tick);
          s.setTimestamp(3, Timestamp.from(computedAt));
          s.setString(4, json);
          s.setBytes(5, priorities);
          s.setBytes(6, positions);
          return s.executeUpdate();
        });
  }

  /** The tick of the stored map, 0 when there is none. */
  @Transactional
  long storedTick(UUID conversationId) {
    return query(
            "select tick from opinion_snapshot where conversation_id = ?",
            s -> s.setObject(1, conversationId),
            rs -> rs.getLong(1))
        .stream()
        .findFirst()
        .orElse(0L);
  }

  /** One binary part of the stored map, with the map's tick. */
  record StoredPart(long tick, byte[] bytes, Instant computedAt) {}

  /** The stored map's tick and routing priorities (small; read often by every instance). */
  @Transactional
  Optional<StoredPart> storedPriorities(UUID conversationId) {
    return storedPart(conversationId, "priorities");
  }

  /** The stored map's tick and participants' positions (large; read when the tick changed). */
  @Transactional
  Optional<StoredPart> storedPositions(UUID conversationId) {
    return storedPart(conversationId, "positions");
  }

  private Optional<StoredPart> storedPart(UUID conversationId, String column) {
    return query(
            "select tick, "
                + column
                + ", computed_at from opinion_snapshot where conversation_id = ?",
            s -> s.setObject(1, conversationId),
            rs -> new StoredPart(rs.getLong(1), rs.getBytes(2), rs.getTimestamp(3).toInstant()))
        .stream()
        .findFirst();
  }

  /** Asks the owner of the conversation's analysis to rebuild it from the votes on record. */
  @Transactional
  void requestRebuild(UUID conversationId, Instant at) {
    jdbc.run(
        """
        insert into analysis_rebuild_request (conversation_id, requested_at) values (?, ?)
        on conflict (conversation_id) do update set requested_at = excluded.requested_at
        """,
        s -> {
          s.setObject(1, conversationId);
          s.setTimestamp(2, Timestamp.from(at));
          return s.executeUpdate();
        });
  }

  record RebuildRequest(UUID conversationId, Instant requestedAt) {}

  /** Rebuilds asked for since {@code since}. */
  @Transactional
  List<RebuildRequest> rebuildsRequestedSince(Instant since) {
    return query(
        "select conversation_id, requested_at from analysis_rebuild_request where requested_at > ?",
        s -> s.setTimestamp(1, Timestamp.from(since)),
        rs -> new RebuildRequest(rs.getObject(1, UUID.class), rs.getTimestamp(2).toInstant()));
  }

  /** The stored positions, when the stored map was computed after any rebuild asked for. */
  @Transactional
  Optional<byte[]> currentPositions(UUID conversationId) {
    return query(
            """
            select s.positions from opinion_snapshot s
            left join analysis_rebuild_request r on r.conversation_id = s.conversation_id
            where s.conversation_id = ? and s.positions is not null
              and (r.requested_at is null or r.requested_at < s.computed_at)
            """,
            s -> s.setObject(1, conversationId),
            rs -> rs.getBytes(1))
        .stream()
        .findFirst();
  }

  /** Every conversation residents can see, for a new owner to take up. */
  @Transactional
  List<UUID> publicConversations() {
    return conversations.visibleIds().stream().map(ConversationId::value).toList();
  }

  /**
   * When the participant's earliest vote on record in the conversation was cast; empty when they
   * have none (never voted, or removed their participation and did not come back).
   */
  @Transactional
  Optional<Instant> firstVoteOnRecord(UUID conversationId, UUID participant) {
    return votes.firstCastAt(conversationId, participant);
  }

  /** Forgets the conversation's stored map and rebuild request (its draft is removed). */
  void removeAll(UUID conversationId) {
    for (String sql :
        List.of(
            "delete from analysis_rebuild_request where conversation_id = ?",
            "delete from opinion_snapshot where conversation_id = ?")) {
      jdbc.update(sql, s -> s.setObject(1, conversationId));
    }
  }

  /** Holds no participant ids of its own; the positions it stores are by them, see below. */
  @Override
  public void collectParticipants(Collection<Stored> into) {}

  /** The stored maps hold positions by the old ids: each is rebuilt from the renamed votes. */
  @Override
  public void renameParticipants(List<Rename> renames) {
    jdbc.update(
        "insert into analysis_rebuild_request (conversation_id, requested_at)"
            + " select conversation_id, now() from opinion_snapshot"
            + " on conflict (conversation_id) do update set requested_at = excluded.requested_at",
        s -> {});
  }

  @Transactional
  Optional<String> map(UUID conversationId) {
    return query(
            "select map from opinion_snapshot where conversation_id = ?",
            s -> s.setObject(1, conversationId),
            rs -> rs.getString(1))
        .stream()
        .findFirst();
  }

  private interface Binder {
    void bind(PreparedStatement statement) throws SQLException;
  }

  private interface RowMapper<T> {
    T map(ResultSet rs) throws SQLException;
  }

  private <T> List<T> query(String sql, Binder binder, RowMapper<T> mapper) {
    return jdbc.run(
        sql,
        s -> {
          binder.bind(s);
          List<T> rows = new ArrayList<>();
          try (ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
              rows.add(mapper.map(rs));
            }
          }
          return rows;
        });
  }
}
