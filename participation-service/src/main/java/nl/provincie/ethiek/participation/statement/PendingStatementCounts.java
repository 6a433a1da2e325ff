package nl.provincie.ethiek.participation.statement;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import nl.provincie.ethiek.participation.conversation.PendingStatements;
import nl.provincie.ethiek.participation.conversation.domain.ConversationId;
import nl.provincie.ethiek.participation.jdbc.Jdbc;
import nl.provincie.ethiek.participation.statement.domain.Moderation;

/** The pending statements of every conversation, counted in one grouped query. */
@Singleton
class PendingStatementCounts implements PendingStatements {

  private static final String COUNT =
      "select conversation_id, count(*) from statement where moderation = ?"
          + " group by conversation_id";

  private final JdbcOperations jdbc;

  PendingStatementCounts(JdbcOperations jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  @Transactional
  public Map<ConversationId, Long> perConversation() {
    return Jdbc.run(
        jdbc,
        COUNT,
        "Could not count the pending statements",
        statement -> {
          statement.setString(1, Moderation.PENDING.name());
          Map<ConversationId, Long> counts = new HashMap<>();
          try (ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
              counts.put(new ConversationId(rows.getObject(1, UUID.class)), rows.getLong(2));
            }
          }
          return counts;
        });
  }
}
