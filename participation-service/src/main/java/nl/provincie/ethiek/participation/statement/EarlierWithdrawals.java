package nl.provincie.ethiek.participation.statement;

import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.List;
import nl.provincie.ethiek.participation.jdbc.Jdbc;
import nl.provincie.ethiek.participation.statement.domain.Statement;
import nl.provincie.ethiek.participation.statement.domain.StatementText;

/**
 * Statements withdrawn before a withdrawal erased their text (docs/adr/0031) still hold it: at
 * start-up their text is erased and the votes on them deleted, as a withdrawal does now. Finds
 * nothing to do once done, so it is safe on every start and on several instances.
 */
@Singleton
class EarlierWithdrawals implements ApplicationEventListener<StartupEvent> {

  private static final String WITHDRAWN =
      "select id from statement where origin = 'RESIDENT' and author_participant is null"
          + " and moderation = 'REJECTED' and moderation_reason = ?";

  private final JdbcOperations jdbc;

  EarlierWithdrawals(JdbcOperations jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public void onApplicationEvent(StartupEvent event) {
    erase();
  }

  /** Returns how many statements still held their text. */
  @Transactional
  int erase() {
    update("delete from current_vote where statement_id in (" + WITHDRAWN + ")", false);
    update("delete from vote where statement_id in (" + WITHDRAWN + ")", false);
    return update(
        "update statement set text = ?, normalized_text = ? where text <> ? and id in ("
            + WITHDRAWN
            + ")",
        true);
  }

  private int update(String sql, boolean erasesText) {
    return Jdbc.run(
        jdbc,
        sql,
        "Could not erase withdrawn statements",
        statement -> {
          int parameter = 1;
          if (erasesText) {
            for (String value :
                List.of(
                    StatementText.WITHDRAWN.value(),
                    StatementText.WITHDRAWN.normalized(),
                    StatementText.WITHDRAWN.value())) {
              statement.setString(parameter++, value);
            }
          }
          statement.setString(parameter, Statement.WITHDRAWN_REASON);
          return statement.executeUpdate();
        });
  }
}
