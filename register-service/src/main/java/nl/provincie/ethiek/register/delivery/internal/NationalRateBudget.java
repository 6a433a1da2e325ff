package nl.provincie.ethiek.register.delivery.internal;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.time.Duration;
import nl.provincie.ethiek.servicekit.cluster.AdvisoryLocks;
import nl.provincie.ethiek.servicekit.jdbc.Jdbc;

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

  private final JdbcOperations connection;
  private final Jdbc jdbc;

  NationalRateBudget(JdbcOperations connection, Jdbc jdbc) {
    this.connection = connection;
    this.jdbc = jdbc;
  }

  /**
   * Locks the budget until the caller's transaction ends (other instances wait here) and says
   * whether a request fits in the window now.
   */
  boolean lockAndHasRoom(int limit, Duration window) {
    AdvisoryLocks.lockForTransaction(connection, AdvisoryLocks.NATIONAL_RATE_BUDGET, 0);
    jdbc.update(FORGET_OLD, Jdbc.parameters(window.toMillis() / 1000.0));
    return count() < limit;
  }

  /** Counts a request for {@code jobId} from now; call under {@link #lockAndHasRoom}. */
  long take(long jobId) {
    return jdbc.first(TAKE, Jdbc.parameters(jobId), rs -> rs.getLong(1)).orElseThrow();
  }

  void answered(long slot) {
    jdbc.update(ANSWERED, Jdbc.parameters(slot));
  }

  private long count() {
    return jdbc.first(IN_WINDOW, Jdbc.parameters(), rs -> rs.getLong(1)).orElseThrow();
  }
}
