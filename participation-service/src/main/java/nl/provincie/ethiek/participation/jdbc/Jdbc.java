package nl.provincie.ethiek.participation.jdbc;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

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

  /** Sets a prepared statement's parameters. */
  @FunctionalInterface
  public interface Binder {
    void bind(PreparedStatement statement) throws SQLException;
  }

  /** Reads one row of a result. */
  @FunctionalInterface
  public interface RowReader {
    void read(ResultSet row) throws SQLException;
  }

  /** Maps one row of a result to a value. */
  @FunctionalInterface
  public interface RowMapper<T> {
    T map(ResultSet row) throws SQLException;
  }

  /** Sets a prepared statement's parameters from one item of a batch. */
  @FunctionalInterface
  public interface ItemBinder<T> {
    void bind(PreparedStatement statement, T item) throws SQLException;
  }

  /** Rows sent to PostgreSQL in one batch. */
  private static final int BATCH = 1_000;

  private Jdbc() {}

  /**
   * A binder that sets the values as the statement's parameters, in order; a {@code UUID[]} as a
   * PostgreSQL {@code uuid[]}.
   */
  public static Binder parameters(Object... values) {
    return s -> {
      for (int i = 0; i < values.length; i++) {
        if (values[i] instanceof UUID[] ids) {
          s.setArray(i + 1, uuids(s, ids));
        } else {
          s.setObject(i + 1, values[i]);
        }
      }
    };
  }

  /** As {@link #query}, answering each row mapped, in the result's order. */
  public static <T> List<T> list(
      JdbcOperations jdbc, String sql, int fetchSize, Binder binder, RowMapper<T> mapper) {
    List<T> rows = new ArrayList<>();
    query(jdbc, sql, fetchSize, binder, row -> rows.add(mapper.map(row)));
    return rows;
  }

  /** Runs the statement once per item, sending {@value #BATCH} at a time. */
  public static <T> void batch(
      JdbcOperations jdbc, String sql, Iterable<T> items, ItemBinder<T> binder) {
    run(
        jdbc,
        sql,
        s -> {
          int pending = 0;
          for (T item : items) {
            binder.bind(s, item);
            s.addBatch();
            if (++pending == BATCH) {
              s.executeBatch();
              pending = 0;
            }
          }
          if (pending > 0) {
            s.executeBatch();
          }
          return null;
        });
  }

  /**
   * Runs the query and hands every row to {@code reader}; with {@code fetchSize} above 0 the rows
   * arrive that many at a time (in a transaction), instead of all at once.
   */
  public static void query(
      JdbcOperations jdbc, String sql, int fetchSize, Binder binder, RowReader reader) {
    run(
        jdbc,
        sql,
        s -> {
          binder.bind(s);
          if (fetchSize > 0) {
            s.setFetchSize(fetchSize);
          }
          try (ResultSet rows = s.executeQuery()) {
            while (rows.next()) {
              reader.read(rows);
            }
          }
          return null;
        });
  }

  /** Runs an insert, update or delete; answers the rows it changed. */
  public static int update(JdbcOperations jdbc, String sql, Binder binder) {
    return run(
        jdbc,
        sql,
        s -> {
          binder.bind(s);
          return s.executeUpdate();
        });
  }

  /** The ids as a PostgreSQL {@code uuid[]} for the statement's connection. */
  public static Array uuids(PreparedStatement statement, UUID[] ids) throws SQLException {
    return statement.getConnection().createArrayOf("uuid", ids);
  }

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
