package nl.provincie.ethiek.participation.jdbc;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * The one place where participation's hand-written JDBC turns a {@link SQLException} into an
 * unchecked failure. Raw JDBC stays where one statement must carry a whole batch (group commit,
 * docs/adr/0017) or a query is shaped for speed; see docs/adr/0046.
 */
public final class Jdbc {

  /** Work on a prepared statement that may fail as JDBC does. */
  @FunctionalInterface
  public interface StatementWork<T> {
    T apply(PreparedStatement statement) throws SQLException;
  }

  /** Work on the transaction's connection that may fail as JDBC does. */
  @FunctionalInterface
  public interface ConnectionWork<T> {
    T apply(Connection connection) throws SQLException;
  }

  private Jdbc() {}

  /** Prepares {@code sql} in the current transaction and runs the work on it. */
  public static <T> T run(JdbcOperations jdbc, String sql, StatementWork<T> work) {
    return jdbc.prepareStatement(sql, statement -> unchecked(() -> work.apply(statement), null));
  }

  /** As {@link #run(JdbcOperations, String, StatementWork)}, naming what failed. */
  public static <T> T run(JdbcOperations jdbc, String sql, String failure, StatementWork<T> work) {
    return jdbc.prepareStatement(sql, statement -> unchecked(() -> work.apply(statement), failure));
  }

  /** Runs the work on the current transaction's connection, naming what failed. */
  public static <T> T onConnection(JdbcOperations jdbc, String failure, ConnectionWork<T> work) {
    return jdbc.execute(connection -> unchecked(() -> work.apply(connection), failure));
  }

  private interface Step<T> {
    T get() throws SQLException;
  }

  private static <T> T unchecked(Step<T> step, String failure) {
    try {
      return step.get();
    } catch (SQLException e) {
      throw failure == null ? new IllegalStateException(e) : new IllegalStateException(failure, e);
    }
  }
}
