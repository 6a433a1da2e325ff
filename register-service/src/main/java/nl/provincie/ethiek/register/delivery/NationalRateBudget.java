package nl.provincie.ethiek.register.delivery;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import nl.provincie.ethiek.servicekit.cluster.AdvisoryLocks;

/**
 * The national API's rate limit as one budget for every instance: at most {@code limit} requests in
 * any {@code window}, counted in national_rate_slot (one row per request) under an advisory lock,
 * in database time so that the instances' clocks do not matter (docs/adr/0024).
 */
@Singleton
class NationalRateBudget {

  private static final String FORGET_OLD =
      "delete from national_rate_slot where counted_at <= clock_timestamp() - make_interval(secs => ?)";

  private static final String IN_WINDOW = "select count(*) from national_rate_slot";

  private static final String TAKE =
      "insert into national_rate_slot (job_id, counted_at) values (?, clock_timestamp()) returning id";

  /**
   * The server counted the request at some moment up to its answer, so the slot is held until a
   * window after the answer; counting from the moment it left would free it a little early and draw
   * a 429.
   */
  private static final String ANSWERED =
      "update national_rate_slot set counted_at = clock_timestamp() where id = ?";

  private final JdbcOperations jdbc;

  NationalRateBudget(JdbcOperations jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Locks the budget until the caller's transaction ends (other instances wait here) and says
   * whether a request fits in the window now.
   */
  boolean lockAndHasRoom(int limit, Duration window) {
    AdvisoryLocks.lockForTransaction(jdbc, AdvisoryLocks.NATIONAL_RATE_BUDGET, 0);
    execute(FORGET_OLD, window.toMillis() / 1000.0);
    return count() < limit;
  }

  /** Counts a request for {@code jobId} from now; call under {@link #lockAndHasRoom}. */
  long take(long jobId) {
    return jdbc.prepareStatement(
        TAKE,
        statement -> {
          try {
            statement.setLong(1, jobId);
            try (ResultSet rs = statement.executeQuery()) {
              rs.next();
              return rs.getLong(1);
            }
          } catch (SQLException e) {
            throw new IllegalStateException("could not take a rate slot", e);
          }
        });
  }

  void answered(long slot) {
    execute(ANSWERED, slot);
  }

  private long count() {
    return jdbc.prepareStatement(
        IN_WINDOW,
        statement -> {
          try (ResultSet rs = statement.executeQuery()) {
            rs.next();
            return rs.getLong(1);
          } catch (SQLException e) {
            throw new IllegalStateException("could not count rate slots", e);
          }
        });
  }

  private void execute(String sql, Object parameter) {
    jdbc.prepareStatement(
        sql,
        statement -> {
          try {
            statement.setObject(1, parameter);
            return statement.executeUpdate();
          } catch (SQLException e) {
            throw new IllegalStateException("could not update the rate budget", e);
          }
        });
  }
}
