package nl.provincie.ethiek.participation.statement;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.provincie.ethiek.participation.statement.domain.Statement;
import nl.provincie.ethiek.participation.statement.domain.StatementText;
import nl.provincie.ethiek.testsupport.RealInfrastructure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** A statement withdrawn before withdrawals erased the text loses it at the next start. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EarlierWithdrawalsTest implements TestPropertyProvider {

  private static final RealInfrastructure INFRA = RealInfrastructure.shared();

  @Inject EarlierWithdrawals earlier;
  private final String database = INFRA.newDatabase("participation_withdrawals");

  @Override
  public Map<String, String> getProperties() {
    return INFRA.micronautProperties(database);
  }

  @Test
  void the_text_of_an_earlier_withdrawal_and_the_votes_on_it_are_erased_once() throws Exception {
    UUID conversation = UUID.randomUUID();
    UUID withdrawn = UUID.randomUUID();
    UUID rejected = UUID.randomUUID();
    Timestamp now = Timestamp.from(Instant.now());
    execute(
        "insert into conversation (id, topic, description_nl, state, moderation_mode,"
            + " residents_may_add_statements, max_statement_length, created_at)"
            + " values (?, 'Wegen', 'Over wegen', 'OPEN', 'STRICT', true, 140, ?)",
        conversation,
        now);
    insertStatement(
        withdrawn, conversation, 1, "Mijn adres is Dorpsstraat 1", Statement.WITHDRAWN_REASON);
    insertStatement(
        rejected, conversation, 2, "Een stelling die niet bij het gesprek past", "off topic");
    for (UUID statement : List.of(withdrawn, rejected)) {
      execute(
          "insert into current_vote (statement_id, participant_id, conversation_id, value, cast_at)"
              + " values (?, ?, ?, -1, ?)",
          statement,
          UUID.randomUUID(),
          conversation,
          now);
    }

    assertThat(earlier.erase()).isEqualTo(1);

    assertThat(textOf(withdrawn)).isEqualTo("[verwijderd door inzender]");
    assertThat(votesOn(withdrawn)).isZero();
    // a moderator's rejection is not a withdrawal: its text and votes stay
    assertThat(textOf(rejected)).isEqualTo("Een stelling die niet bij het gesprek past");
    assertThat(votesOn(rejected)).isEqualTo(1);
    assertThat(earlier.erase()).as("nothing left to erase").isZero();
  }

  private void insertStatement(UUID id, UUID conversation, int number, String text, String reason)
      throws SQLException {
    execute(
        "insert into statement (id, conversation_id, number, text, normalized_text, origin, meta,"
            + " moderation, moderation_reason, created_at)"
            + " values (?, ?, ?, ?, ?, 'RESIDENT', false, 'REJECTED', ?, ?)",
        id,
        conversation,
        number,
        text,
        StatementText.normalize(text),
        reason,
        Timestamp.from(Instant.now()));
  }

  private String textOf(UUID statement) throws SQLException {
    List<Object> texts = column("select text from statement where id = ?", statement);
    assertThat(texts).hasSize(1);
    return (String) texts.get(0);
  }

  private long votesOn(UUID statement) throws SQLException {
    return (Long)
        column("select count(*) from current_vote where statement_id = ?", statement).get(0);
  }

  private Connection connect() throws SQLException {
    return DriverManager.getConnection(INFRA.jdbcUrl(database), INFRA.username(), INFRA.password());
  }

  private List<Object> column(String sql, Object parameter) throws SQLException {
    try (Connection connection = connect();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setObject(1, parameter);
      List<Object> values = new ArrayList<>();
      try (ResultSet result = statement.executeQuery()) {
        while (result.next()) {
          values.add(result.getObject(1));
        }
      }
      return values;
    }
  }

  private void execute(String sql, Object... parameters) throws SQLException {
    try (Connection connection = connect();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      statement.executeUpdate();
    }
  }
}
