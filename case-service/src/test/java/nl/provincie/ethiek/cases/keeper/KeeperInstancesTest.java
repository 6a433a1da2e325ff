package nl.provincie.ethiek.cases.keeper;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.provincie.ethiek.testsupport.RealInfrastructure;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Two case-service instances on one database share the keeper's schedule (docs/adr/0024). */
class KeeperInstancesTest {

  private static final RealInfrastructure INFRA = RealInfrastructure.shared();

  private final String database = INFRA.newDatabase("keeper_instances");
  private final List<ApplicationContext> instances = new ArrayList<>();

  /** An instance whose keeper runs only when the test triggers it. */
  private Keeper instance(String name, Duration interval) {
    Map<String, Object> properties = new HashMap<>(INFRA.micronautProperties(database));
    properties.put("cases.keeper.interval", interval.toMillis() + "ms");
    properties.put("cases.keeper.initial-delay", "1h");
    properties.put("platform.instance-id", name);
    ApplicationContext context = ApplicationContext.run(properties);
    instances.add(context);
    return context.getBean(Keeper.class);
  }

  @AfterEach
  void stop() {
    instances.forEach(ApplicationContext::close);
  }

  @Test
  void many_triggers_on_two_instances_within_one_interval_run_the_keeper_once() throws Exception {
    List<Keeper> keepers =
        List.of(instance("a", Duration.ofHours(1)), instance("b", Duration.ofHours(1)));
    ExecutorService threads = Executors.newFixedThreadPool(8);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Integer>> ranPerThread = new ArrayList<>();
    for (int t = 0; t < 8; t++) {
      Keeper keeper = keepers.get(t % 2);
      ranPerThread.add(
          threads.submit(
              () -> {
                start.await();
                int ran = 0;
                for (int i = 0; i < 25; i++) {
                  ran += keeper.runIfDue() ? 1 : 0;
                }
                return ran;
              }));
    }
    start.countDown();
    int ran = 0;
    for (Future<Integer> thread : ranPerThread) {
      ran += thread.get();
    }
    threads.shutdown();

    assertThat(ran).as("scans over 200 triggers").isEqualTo(1);
    JobRow row = jobRow();
    assertThat(row.runs()).isEqualTo(1);
    assertThat(row.lastRunBy()).isIn("a", "b");
  }

  @Test
  void with_a_short_interval_the_keeper_runs_once_per_interval_across_instances() throws Exception {
    Duration interval = Duration.ofSeconds(2);
    List<Keeper> keepers = List.of(instance("a", interval), instance("b", interval));
    List<Instant> runs = Collections.synchronizedList(new ArrayList<>());
    ExecutorService threads = Executors.newFixedThreadPool(2);
    Instant until = Instant.now().plusSeconds(7);
    List<Future<?>> triggers = new ArrayList<>();
    for (Keeper keeper : keepers) {
      triggers.add(
          threads.submit(
              () -> {
                while (Instant.now().isBefore(until)) {
                  if (keeper.runIfDue()) {
                    runs.add(Instant.now());
                  }
                  Thread.sleep(20);
                }
                return null;
              }));
    }
    for (Future<?> trigger : triggers) {
      trigger.get();
    }
    threads.shutdown();

    List<Instant> sorted = runs.stream().sorted().toList();
    System.out.printf("keeper runs in 7 s with a 2 s interval on two instances: %s%n", sorted);
    assertThat(sorted).hasSizeBetween(3, 4);
    for (int i = 1; i < sorted.size(); i++) {
      assertThat(Duration.between(sorted.get(i - 1), sorted.get(i)))
          .isGreaterThan(interval.minusMillis(200));
    }
    assertThat(jobRow().runs()).isEqualTo(sorted.size());
  }

  private record JobRow(long runs, String lastRunBy) {}

  private JobRow jobRow() {
    try (Connection c =
            DriverManager.getConnection(
                INFRA.jdbcUrl(database), INFRA.username(), INFRA.password());
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "select runs, last_run_by from job_run where job = '" + Keeper.JOB + "'")) {
      assertThat(rs.next()).as("a job_run row").isTrue();
      return new JobRow(rs.getLong(1), rs.getString(2));
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
