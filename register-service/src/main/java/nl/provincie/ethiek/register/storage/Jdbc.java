package nl.provincie.ethiek.register.storage;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Explicit SQL on the caller's connection, with the one translation of {@link SQLException} the
 * register needs: a failed statement is a bug or an outage, never an answer, so it becomes an
 * unchecked exception that names what was being done. Callers own the transaction.
 */
@Singleton
public class Jdbc {

  /** Sets a statement's parameters. */
  @FunctionalInterface
  public interface Parameters {
    void set(PreparedStatement statement) throws SQLException;
  }

  /** Reads one row. */
  @FunctionalInterface
  public interface Row<T> {
    T read(ResultSet row) throws SQLException;
  }

  /** Does anything with a prepared statement (batches, several result sets). */
  @FunctionalInterface
  public interface Work<T> {
    T on(PreparedStatement statement) throws SQLException;
  }

  private final JdbcOperations jdbc;

  public Jdbc(JdbcOperations jdbc) {
    this.jdbc = jdbc;
  }

  /** Parameters in order, set with {@link PreparedStatement#setObject}. */
  public static Parameters values(Object... values) {
    return statement -> {
      for (int i = 0; i < values.length; i++) {
        statement.setObject(i + 1, values[i]);
      }
    };
  }

  /** Runs an insert, update or delete; answers the number of rows it touched. */
  public int update(String what, String sql, Parameters parameters) {
    return prepared(
        what,
        sql,
        statement -> {
          parameters.set(statement);
          return statement.executeUpdate();
        });
  }

  /** Every row of a query. */
  public <T> List<T> list(String what, String sql, Parameters parameters, Row<T> row) {
    return prepared(
        what,
        sql,
        statement -> {
          parameters.set(statement);
          List<T> rows = new ArrayList<>();
          try (ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
              rows.add(row.read(rs));
            }
          }
          return rows;
        });
  }

  /** The first row of a query, if there is one. */
  public <T> Optional<T> first(String what, String sql, Parameters parameters, Row<T> row) {
    return prepared(
        what,
        sql,
        statement -> {
          parameters.set(statement);
          try (ResultSet rs = statement.executeQuery()) {
            return rs.next() ? Optional.ofNullable(row.read(rs)) : Optional.empty();
          }
        });
  }

  /** Anything else with a prepared statement. */
  public <T> T prepared(String what, String sql, Work<T> work) {
    return jdbc.prepareStatement(
        sql,
        statement -> {
          try {
            return work.on(statement);
          } catch (SQLException e) {
            throw new IllegalStateException("could not " + what, e);
          }
        });
  }
}
