package nl.provincie.ethiek.participation.participant;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.provincie.ethiek.participation.jdbc.Jdbc;
import nl.provincie.ethiek.participation.participant.domain.ConversationPseudonyms;
import nl.provincie.ethiek.participation.participant.domain.ParticipantId;

/** The SQL of {@link PseudonymMigration}, in one transaction. */
@Singleton
class PseudonymMigrationStore {

  /** Where a participant id is stored beside its conversation: table and participant column. */
  private static final List<String[]> COLUMNS =
      List.of(
          new String[] {"vote", "participant_id"},
          new String[] {"current_vote", "participant_id"},
          new String[] {"statement", "author_participant"},
          new String[] {"polis_participant", "participant_id"});

  private final JdbcOperations jdbc;
  private final ConversationPseudonyms pseudonyms;

  PseudonymMigrationStore(JdbcOperations jdbc, ConversationPseudonyms pseudonyms) {
    this.jdbc = jdbc;
    this.pseudonyms = pseudonyms;
  }

  /** Rewrites every stored participant id once; returns how many (conversation, id) pairs. */
  @Transactional
  int migrateOnce() {
    return Jdbc.onConnection(
        jdbc,
        "Could not move residents to pseudonyms",
        connection -> {
          try (Statement sql = connection.createStatement()) {
            try (ResultSet done =
                sql.executeQuery(
                    "select migrated_at from pseudonym_migration where id = 1 for update")) {
              if (!done.next() || done.getTimestamp(1) != null) {
                return 0;
              }
            }
            List<UUID[]> pairs = new ArrayList<>();
            StringBuilder union = new StringBuilder();
            for (String[] column : COLUMNS) {
              union.append(union.isEmpty() ? "" : " union ");
              union.append(
                  "select conversation_id, %2$s from %1$s where %2$s is not null"
                      .formatted(column[0], column[1]));
            }
            try (ResultSet rows = sql.executeQuery(union.toString())) {
              while (rows.next()) {
                pairs.add(
                    new UUID[] {rows.getObject(1, UUID.class), rows.getObject(2, UUID.class)});
              }
            }
            sql.execute(
                "create temporary table pseudonym_map (conversation_id uuid, old_id uuid,"
                    + " new_id uuid, primary key (conversation_id, old_id)) on commit drop");
            try (PreparedStatement insert =
                connection.prepareStatement("insert into pseudonym_map values (?, ?, ?)")) {
              for (UUID[] pair : pairs) {
                insert.setObject(1, pair[0]);
                insert.setObject(2, pair[1]);
                insert.setObject(
                    3, pseudonyms.inConversation(new ParticipantId(pair[1]), pair[0]).value());
                insert.addBatch();
              }
              insert.executeBatch();
            }
            for (String[] column : COLUMNS) {
              sql.executeUpdate(
                  ("update %1$s t set %2$s = m.new_id from pseudonym_map m"
                          + " where t.conversation_id = m.conversation_id and t.%2$s = m.old_id")
                      .formatted(column[0], column[1]));
            }
            // the stored maps hold positions by the old ids: each is rebuilt from the votes
            sql.executeUpdate(
                "insert into analysis_rebuild_request (conversation_id, requested_at)"
                    + " select conversation_id, now() from opinion_snapshot"
                    + " on conflict (conversation_id) do update set requested_at = excluded.requested_at");
            sql.executeUpdate("update pseudonym_migration set migrated_at = now() where id = 1");
            return pairs.size();
          }
        });
  }
}
