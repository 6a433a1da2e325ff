package nl.provincie.ethiek.register.delivery.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.provincie.ethiek.register.delivery.NationalRegisterStandIn;
import nl.provincie.ethiek.register.entry.TestBodies;
import nl.provincie.ethiek.testsupport.ApiClient;
import nl.provincie.ethiek.testsupport.RealInfrastructure;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two register-service instances on one database deliver to one national endpoint (a local
 * stand-in: the external system, not our infrastructure) under one rate budget (docs/adr/0024).
 */
class DeliveryInstancesTest {

  private static final RealInfrastructure INFRA = RealInfrastructure.shared();
  private static final Pattern ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");
  private static final int LIMIT = 10;
  private static final Duration WINDOW = Duration.ofSeconds(2);

  private final String database = INFRA.newDatabase("delivery_instances");
  private final List<EmbeddedServer> instances = new ArrayList<>();
  private NationalRegisterStandIn national;

  @BeforeEach
  void nationalRegister() throws Exception {
    national = new NationalRegisterStandIn(LIMIT, WINDOW);
  }

  @AfterEach
  void stop() {
    instances.forEach(EmbeddedServer::close);
    national.close();
  }

  /** An instance whose worker delivers only when the test calls it (the schedule starts in 1 h). */
  private EmbeddedServer instance(String name, Duration claimLease) {
    Map<String, Object> properties = new HashMap<>(INFRA.micronautProperties(database));
    properties.put("platform.instance-id", name);
    properties.putAll(national.deliverySettings());
    properties.put("register.delivery.initial-delay", "1h");
    properties.put("register.delivery.claim-lease", claimLease.toMillis() + "ms");
    EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, properties);
    instances.add(server);
    return server;
  }

  private static ApiClient editor(EmbeddedServer instance) {
    return ApiClient.basic(instance.getURL().toString(), "redacteur", "demo-redacteur");
  }

  private static <T> T bean(EmbeddedServer instance, Class<T> type) {
    return instance.getApplicationContext().getBean(type);
  }

  /** Publishes an algorithm and queues its delivery; returns the entry id. */
  private static String queued(ApiClient editor, String name) {
    HttpResponse<String> created =
        editor.post("/api/v1/algorithms", TestBodies.impactful(name, "Nieuw"));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    Matcher id = ID.matcher(created.body());
    assertThat(id.find()).isTrue();
    assertThat(editor.post("/api/v1/algorithms/" + id.group(1) + "/publish", "").statusCode())
        .isEqualTo(200);
    assertThat(editor.post("/api/v1/algorithms/" + id.group(1) + "/delivery", "").statusCode())
        .isEqualTo(200);
    return id.group(1);
  }

  @Test
  void two_workers_deliver_each_job_once_and_together_keep_to_the_limit() throws Exception {
    EmbeddedServer a = instance("a", Duration.ofMinutes(2));
    EmbeddedServer b = instance("b", Duration.ofMinutes(2));
    ApiClient editor = editor(a);
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      ids.add(queued(editor, "Gedeeld " + i));
    }

    Instant start = Instant.now();
    ExecutorService threads = Executors.newFixedThreadPool(2);
    List<Future<Integer>> delivered = new ArrayList<>();
    for (EmbeddedServer instance : List.of(a, b)) {
      DeliveryWorker worker = bean(instance, DeliveryWorker.class);
      delivered.add(threads.submit(() -> workUntilDone(worker, ids.size())));
    }
    int byA = delivered.get(0).get();
    int byB = delivered.get(1).get();
    threads.shutdown();
    Duration took = Duration.between(start, Instant.now());

    List<NationalRegisterStandIn.Seen> seen = national.seen();
    System.out.printf(
        "two workers, 40 deliveries, limit %d/%s: a %d, b %d, %d ms, %d requests%n",
        LIMIT, WINDOW, byA, byB, took.toMillis(), seen.size());
    assertThat(byA + byB).isEqualTo(ids.size());
    assertThat(byA).as("instance a delivered").isPositive();
    assertThat(byB).as("instance b delivered").isPositive();
    assertThat(seen).hasSize(ids.size()).allMatch(s -> s.status() == 200);
    assertThat(national.registrations().values())
        .extracting(r -> r.versions().get(0).get("source_id").asText())
        .containsExactlyInAnyOrderElementsOf(ids);
    for (NationalRegisterStandIn.Seen first : seen) {
      long inWindow =
          seen.stream()
              .filter(s -> !s.at().isBefore(first.at()) && s.at().isBefore(first.at().plus(WINDOW)))
              .count();
      assertThat(inWindow)
          .as("requests in the window from %s", first.at())
          .isLessThanOrEqualTo(LIMIT);
    }
    assertThat(took).isGreaterThanOrEqualTo(WINDOW.multipliedBy(3));
    assertThat(jobsDoneBy()).containsOnlyKeys("a", "b");
  }

  @Test
  void a_job_claimed_by_an_instance_that_died_is_delivered_by_another_after_the_lease()
      throws Exception {
    EmbeddedServer survivor = instance("survivor", Duration.ofMinutes(2));
    Duration lease = Duration.ofSeconds(5);
    EmbeddedServer doomed = instance("doomed", lease);
    String id = queued(editor(survivor), "Verweesd");
    DeliveryWorker worker = bean(survivor, DeliveryWorker.class);

    Instant claimed = Instant.now();
    assertThat(bean(doomed, DeliveryClaims.class).next(claimed)).isPresent();
    // Checked before the claimer dies: closing a server can itself take longer than the lease on
    // a loaded machine, after which the job is rightly free again.
    assertThat(worker.deliverNext()).as("the claim holds").isFalse();
    doomed.close(); // dies before it sends anything

    await()
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(100))
        .until(worker::deliverNext);
    Duration waited = Duration.between(claimed, Instant.now());

    assertThat(waited).isGreaterThanOrEqualTo(lease);
    assertThat(national.seen()).hasSize(1);
    assertThat(national.registrations().values())
        .extracting(r -> r.versions().get(0).get("source_id").asText())
        .containsExactly(id);
    assertThat(jobsDoneBy()).containsExactly(Map.entry("survivor", 1L));
  }

  /** Calls the worker until every job is done; returns how many this worker delivered. */
  private int workUntilDone(DeliveryWorker worker, int jobs) throws InterruptedException {
    int delivered = 0;
    Instant deadline = Instant.now().plusSeconds(60);
    while (jobsDone() < jobs && Instant.now().isBefore(deadline)) {
      if (worker.deliverNext()) {
        delivered++;
      } else {
        Thread.sleep(50);
      }
    }
    return delivered;
  }

  private long jobsDone() {
    return jobsDoneBy().values().stream().mapToLong(Long::longValue).sum();
  }

  private Map<String, Long> jobsDoneBy() {
    Map<String, Long> done = new HashMap<>();
    try (Connection c =
            DriverManager.getConnection(
                INFRA.jdbcUrl(database), INFRA.username(), INFRA.password());
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "select claimed_by, count(*) from national_delivery where state = 'DONE'"
                    + " group by claimed_by")) {
      while (rs.next()) {
        done.put(rs.getString(1), rs.getLong(2));
      }
      return done;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
