package nl.provincie.ethiek.servicekit.cluster;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * PostgreSQL advisory locks the instances of a service coordinate through, held until the end of
 * the current transaction (docs/adr/0023, 0024). Each lock is a pair (namespace, key); the
 * namespaces of the platform are declared here so that no two jobs pick the same one.
 */
public final class AdvisoryLocks {

  /** The outbox relay: one lock per key-hash lane of outbox_event. */
  public static final int OUTBOX_RELAY_LANE = 0x0B0C_0001;

  /** register-service: the national register's rate budget, shared by all instances. */
  public static final int NATIONAL_RATE_BUDGET = 0x0B0C_0002;

  /** case-service: deciding whether to publish a new audit chain head (docs/adr/0043). */
  public static final int AUDIT_CHAIN_HEAD = 0x0B0C_0003;

  private AdvisoryLocks() {}

  /**
   * Takes the lock if no other transaction holds it; never waits.
   *
   * <p>Call it inside a transaction: in autocommit mode the lock would end with the statement.
   *
   * @return true when this transaction now holds the lock (until it commits or rolls back)
   */
  public static boolean tryLockForTransaction(JdbcOperations jdbc, int namespace, int key) {
    return query(jdbc, "select pg_try_advisory_xact_lock(?, ?)", namespace, key);
  }

  /** Takes the lock, waiting for the transaction that holds it; released at commit or rollback. */
  public static void lockForTransaction(JdbcOperations jdbc, int namespace, int key) {
    query(jdbc, "select true from pg_advisory_xact_lock(?, ?)", namespace, key);
  }

  private static boolean query(JdbcOperations jdbc, String sql, int namespace, int key) {
    return jdbc.prepareStatement(
        sql,
        statement -> {
          try {
            statement.setInt(1, namespace);
            statement.setInt(2, key);
            try (ResultSet rs = statement.executeQuery()) {
              rs.next();
              return rs.getBoolean(1);
            }
          } catch (SQLException e) {
            throw new IllegalStateException("could not take advisory lock " + namespace, e);
          }
        });
  }
}
