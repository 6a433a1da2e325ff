package nl.provincie.ethiek.cases.keeper.store;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Duration;
import nl.provincie.ethiek.servicekit.cluster.InstanceId;
import nl.provincie.ethiek.servicekit.jdbc.Jdbc;

/**
 * The job_run table: when a job last ran, by which instance, how often. Claiming a run is one
 * conditional upsert, so of several instances asking at once exactly one gets the run; the row lock
 * makes the others re-check against the winner's time and give up (docs/adr/0024).
 */
@Singleton
public class JobRuns {

  private static final String CLAIM =
      """
      insert into job_run (job, last_run_at, last_run_by, runs) values (?, now(), ?, 1)
      on conflict (job) do update
         set last_run_at = now(), last_run_by = excluded.last_run_by, runs = job_run.runs + 1
       where job_run.last_run_at <= now() - make_interval(secs => ?)
      returning runs
      """;

  private final Jdbc jdbc;
  private final InstanceId instance;

  JobRuns(Jdbc jdbc, InstanceId instance) {
    this.jdbc = jdbc;
    this.instance = instance;
  }

  /**
   * Claims a run of {@code job} for this instance unless some instance ran it less than {@code
   * interval} ago. The claim commits before the job starts, so a run that fails is not repeated
   * before the next interval.
   *
   * @return true when this instance should run the job now
   */
  @Transactional
  public boolean claim(String job, Duration interval) {
    return jdbc.first(
            CLAIM,
            Jdbc.parameters(job, instance.value(), interval.toMillis() / 1000.0),
            rs -> rs.getLong(1))
        .isPresent();
  }
}
