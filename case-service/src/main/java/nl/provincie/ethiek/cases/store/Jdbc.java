package nl.provincie.ethiek.cases.store;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.provincie.ethiek.servicekit.cluster.AdvisoryLocks;

/**
 * The one place where this service writes JDBC by hand (docs/adr/0048): binds the parameters, maps
 * the rows and turns a {@link SQLException} into an {@link IllegalStateException} that says what
 * could not be done. Each table still has one owner (a store beside its feature) that holds its
 * SQL; this class holds none of its own beyond the database clock and the advisory lock.
 */
@Singleton
public class Jdbc {

  /** Reads one row. */
  @FunctionalInterface
  public interface Row<T> {
    T read(ResultSet row) throws SQLException;
  }

  /** Binds a statement's parameters. */
  @FunctionalInterface
  public interface Parameters {
    void bind(PreparedStatement statement) throws SQLException;
  }

  private final JdbcOperations jdbc;

  Jdbc(JdbcOperations jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Binds the values in order: an {@link Instant} as a timestamp, anything else as the driver maps
   * it (UUID, String, numbers, null).
   */
  public static Parameters values(Object... values) {
    return statement -> {
      for (int i = 0; i < values.length; i++) {
        Object value = values[i];
        if (value instanceof Instant instant) {
          statement.setTimestamp(i + 1, Timestamp.from(instant));
        } else {
          statement.setObject(i + 1, value);
        }
      }
    };
  }

  /** The rows the query returns, read in order; {@code what} names the data in the error. */
  public <T> List<T> query(String sql, Parameters parameters, Row<T> row, String what) {
    return call(
        sql,
        statement -> {
          parameters.bind(statement);
          List<T> rows = new ArrayList<>();
          try (ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
              rows.add(row.read(rs));
            }
          }
          return rows;
        },
        "could not read " + what);
  }

  /** The first row the query returns, if any. */
  public <T> Optional<T> one(String sql, Parameters parameters, Row<T> row, String what) {
    return query(sql, parameters, row, what).stream().findFirst();
  }

  /** Runs an insert, update or delete; returns the number of rows it changed. */
  public int update(String sql, Parameters parameters, String what) {
    return call(
        sql,
        statement -> {
          parameters.bind(statement);
          return statement.executeUpdate();
        },
        "could not " + what);
  }

  /** The database's clock, to the second: the one clock several instances share. */
  public Instant databaseNow() {
    return one(
            "select date_trunc('second', now())",
            values(),
            rs -> rs.getTimestamp(1).toInstant(),
            "the database time")
        .orElseThrow();
  }

  /**
   * Takes a transaction-scoped advisory lock of service-kit's {@link AdvisoryLocks} if no one holds
   * it; returns whether this transaction has it now.
   */
  public boolean tryLockForTransaction(int namespace, int key) {
    return AdvisoryLocks.tryLockForTransaction(jdbc, namespace, key);
  }

  private <T> T call(String sql, Statement<T> work, String failure) {
    return jdbc.prepareStatement(
        sql,
        statement -> {
          try {
            return work.run(statement);
          } catch (SQLException e) {
            throw new IllegalStateException(failure, e);
          }
        });
  }

  @FunctionalInterface
  private interface Statement<T> {
    T run(PreparedStatement statement) throws SQLException;
  }
}
