package nl.provincie.ethiek.servicekit.jdbc;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.provincie.ethiek.servicekit.cluster.AdvisoryLocks;

/**
 * The platform's one helper for hand-written SQL (docs/adr/0064): statements run on the current
 * transaction's connection, parameters are bound and rows read through small functional interfaces,
 * and a {@link SQLException} becomes an {@link IllegalStateException} here and nowhere else. A
 * failed statement is a bug or an outage, never an answer, so callers do not catch it; its message
 * names the statement (never its values, which may be about a resident). Callers own the
 * transaction. Each table still has one owner per service that holds its SQL.
 */
@Singleton
public final class Jdbc {

  /** Sets a prepared statement's parameters. */
  @FunctionalInterface
  public interface Binder {
    void bind(PreparedStatement statement) throws SQLException;
  }

  /** Sets a prepared statement's parameters from one item of a batch. */
  @FunctionalInterface
  public interface ItemBinder<T> {
    void bind(PreparedStatement statement, T item) throws SQLException;
  }

  /** Maps one row of a result to a value. */
  @FunctionalInterface
  public interface RowMapper<T> {
    T map(ResultSet row) throws SQLException;
  }

  /** Reads one row of a result (into whatever the caller collects). */
  @FunctionalInterface
  public interface RowReader {
    void read(ResultSet row) throws SQLException;
  }

  /** Anything else with a prepared statement: several result sets, its own batching. */
  @FunctionalInterface
  public interface StatementWork<T> {
    T apply(PreparedStatement statement) throws SQLException;
  }

  /** Rows sent to PostgreSQL in one round trip by {@link #batch}. */
  static final int BATCH = 1_000;

  /** How much of a statement a failure's message quotes. */
  private static final int QUOTED = 160;

  private final JdbcOperations operations;

  public Jdbc(JdbcOperations operations) {
    this.operations = operations;
  }

  /**
   * Binds the values in order: an {@link Instant} as a timestamp, a {@code UUID[]} as a PostgreSQL
   * {@code uuid[]}, anything else as the driver maps it (UUID, String, numbers, null).
   */
  public static Binder parameters(Object... values) {
    return statement -> {
      for (int i = 0; i < values.length; i++) {
        Object value = values[i];
        if (value instanceof Instant instant) {
          statement.setTimestamp(i + 1, Timestamp.from(instant));
        } else if (value instanceof UUID[] ids) {
          statement.setArray(i + 1, uuids(statement, ids));
        } else {
          statement.setObject(i + 1, value);
        }
      }
    };
  }

  /** The ids as a PostgreSQL {@code uuid[]} for the statement's connection. */
  public static Array uuids(PreparedStatement statement, UUID[] ids) throws SQLException {
    return statement.getConnection().createArrayOf("uuid", ids);
  }

  /** Runs an insert, update or delete; answers the number of rows it changed. */
  public int update(String sql, Binder binder) {
    return run(
        sql,
        statement -> {
          binder.bind(statement);
          return statement.executeUpdate();
        });
  }

  /** Every row of the query, mapped, in the result's order. */
  public <T> List<T> list(String sql, Binder binder, RowMapper<T> mapper) {
    return list(sql, 0, binder, mapper);
  }

  /** As {@link #list(String, Binder, RowMapper)}, fetching {@code fetchSize} rows at a time. */
  public <T> List<T> list(String sql, int fetchSize, Binder binder, RowMapper<T> mapper) {
    List<T> rows = new ArrayList<>();
    query(sql, fetchSize, binder, row -> rows.add(mapper.map(row)));
    return rows;
  }

  /** The first row of the query, mapped, if there is one. */
  public <T> Optional<T> first(String sql, Binder binder, RowMapper<T> mapper) {
    return run(
        sql,
        statement -> {
          binder.bind(statement);
          try (ResultSet rows = statement.executeQuery()) {
            return rows.next() ? Optional.ofNullable(mapper.map(rows)) : Optional.empty();
          }
        });
  }

  /**
   * Runs the query and hands every row to {@code reader}; with {@code fetchSize} above 0 the rows
   * arrive that many at a time (inside a transaction) instead of all at once.
   */
  public void query(String sql, int fetchSize, Binder binder, RowReader reader) {
    run(
        sql,
        statement -> {
          binder.bind(statement);
          if (fetchSize > 0) {
            statement.setFetchSize(fetchSize);
          }
          try (ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
              reader.read(rows);
            }
          }
          return null;
        });
  }

  /** Runs the statement once per item, sending {@value #BATCH} items a round trip. */
  public <T> void batch(String sql, Iterable<T> items, ItemBinder<T> binder) {
    run(
        sql,
        statement -> {
          int pending = 0;
          for (T item : items) {
            binder.bind(statement, item);
            statement.addBatch();
            if (++pending == BATCH) {
              statement.executeBatch();
              pending = 0;
            }
          }
          if (pending > 0) {
            statement.executeBatch();
          }
          return null;
        });
  }

  /** Prepares {@code sql} on the transaction's connection and runs the work on it. */
  public <T> T run(String sql, StatementWork<T> work) {
    return run(sql, "could not run " + quoted(sql), work);
  }

  /** As {@link #run(String, StatementWork)}, with {@code failure} as the error's message. */
  public <T> T run(String sql, String failure, StatementWork<T> work) {
    return operations.prepareStatement(
        sql, statement -> unchecked(() -> work.apply(statement), failure));
  }

  /** The database's clock, to the second: the one clock all instances of a service share. */
  public Instant databaseNow() {
    return first(
            "select date_trunc('second', now())",
            parameters(),
            row -> row.getTimestamp(1).toInstant())
        .orElseThrow();
  }

  /**
   * Takes a transaction-scoped advisory lock of {@link AdvisoryLocks} if no one holds it; answers
   * whether this transaction holds it now.
   */
  public boolean tryLockForTransaction(int namespace, int key) {
    return AdvisoryLocks.tryLockForTransaction(operations, namespace, key);
  }

  private static String quoted(String sql) {
    String line = sql.strip().replaceAll("\\s+", " ");
    return line.length() <= QUOTED ? line : line.substring(0, QUOTED) + " ...";
  }

  private interface Step<T> {
    T get() throws SQLException;
  }

  private static <T> T unchecked(Step<T> step, String failure) {
    try {
      return step.get();
    } catch (SQLException e) {
      throw new IllegalStateException(failure, e);
    }
  }
}
