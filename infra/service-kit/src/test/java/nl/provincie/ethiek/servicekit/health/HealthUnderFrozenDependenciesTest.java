package nl.provincie.ethiek.servicekit.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micronaut.context.ApplicationContext;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.provincie.ethiek.infra.embedded.EmbeddedPostgresServer;
import nl.provincie.ethiek.testsupport.ApiClient;
import nl.provincie.ethiek.testsupport.Freezer;
import nl.provincie.ethiek.testsupport.KafkaInAnotherJvm;
import nl.provincie.ethiek.testsupport.RealInfrastructure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Liveness says whether the process works, readiness whether it can serve (it needs PostgreSQL, not
 * Kafka: events wait in the outbox), and both answer within a second whatever hangs
 * (docs/adr/0041). The dependencies are frozen with SIGSTOP, as a hung machine would be: their
 * sockets stay open and nothing answers.
 */
class HealthUnderFrozenDependenciesTest {

  private static final Duration PROMPT = Duration.ofSeconds(1);
  private final JsonMapper json = JsonMapper.createDefault();

  @Test
  void with_kafka_frozen_the_service_is_live_and_ready_and_says_kafka_is_degraded()
      throws Exception {
    RealInfrastructure infra = RealInfrastructure.shared();
    try (KafkaInAnotherJvm kafka = KafkaInAnotherJvm.start()) {
      Map<String, Object> properties =
          new HashMap<>(infra.micronautProperties(infra.newDatabase("health")));
      properties.put("kafka.bootstrap.servers", kafka.bootstrapServers());
      try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, properties)) {
        String url = server.getURL().toString();
        await()
            .atMost(Duration.ofSeconds(30))
            .until(() -> component(url, "/health", "kafka").equals("UP"));

        try (Freezer frozen = Freezer.freeze(kafka.process())) {
          Thread.sleep(1_100); // past the cached answer's age
          for (int round = 0; round < 3; round++) {
            Probe live = probe(url, "/health/liveness");
            Probe ready = probe(url, "/health/readiness");
            Probe all = probe(url, "/health");

            assertThat(List.of(live, ready, all))
                .allSatisfy(p -> assertThat(p.took()).isLessThan(PROMPT));
            assertThat(live.code()).isEqualTo(200);
            assertThat(live.status()).isEqualTo("UP");
            assertThat(ready.code()).isEqualTo(200);
            assertThat(all.code()).isEqualTo(200);
            assertThat(component(url, "/health/readiness", "kafka")).isEqualTo("DEGRADED");
            assertThat(component(url, "/health/readiness", "jdbc")).isEqualTo("UP");
          }
        }
        await()
            .atMost(Duration.ofSeconds(30))
            .until(() -> component(url, "/health", "kafka").equals("UP"));
      }
    }
  }

  @Test
  void with_postgresql_frozen_the_service_is_live_but_not_ready_and_says_so_within_a_second(
      @TempDir Path directory) throws Exception {
    RealInfrastructure infra = RealInfrastructure.shared();
    try (EmbeddedPostgresServer postgres =
        EmbeddedPostgresServer.start(directory.resolve("pg"), 0)) {
      postgres.createDatabaseIfAbsent("frozen");
      Map<String, Object> properties = new HashMap<>(infra.micronautProperties("frozen"));
      properties.put("datasources.default.url", postgres.jdbcUrl("frozen"));
      try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, properties)) {
        String url = server.getURL().toString();
        assertThat(probe(url, "/health/readiness").code()).isEqualTo(200);

        try (Freezer frozen = Freezer.freeze(postmaster(postgres))) {
          Thread.sleep(1_100); // past the cached answer's age
          for (int round = 0; round < 3; round++) {
            Probe live = probe(url, "/health/liveness");
            Probe ready = probe(url, "/health/readiness");

            assertThat(live.took()).isLessThan(PROMPT);
            assertThat(ready.took()).isLessThan(PROMPT);
            assertThat(live.code()).isEqualTo(200);
            assertThat(ready.code()).isEqualTo(503);
            assertThat(ready.status()).isEqualTo("DOWN");
          }
        }
        await()
            .atMost(Duration.ofSeconds(15))
            .until(() -> probe(url, "/health/readiness").code() == 200);
      }
    }
  }

  private record Probe(int code, String status, Duration took) {}

  private Probe probe(String url, String path) throws Exception {
    long started = System.nanoTime();
    HttpResponse<String> response = ApiClient.anonymous(url).get(path);
    Duration took = Duration.ofNanos(System.nanoTime() - started);
    return new Probe(response.statusCode(), (String) parse(response).get("status"), took);
  }

  /** A component's status, from the details that signed-in staff see. */
  @SuppressWarnings("unchecked")
  private String component(String url, String path, String name) throws Exception {
    HttpResponse<String> response = ApiClient.basic(url, "moderator", "demo-moderator").get(path);
    Map<String, Object> details = (Map<String, Object>) parse(response).get("details");
    return (String) ((Map<String, Object>) details.get(name)).get("status");
  }

  private Map<String, Object> parse(HttpResponse<String> response) throws Exception {
    return json.readValue(response.body(), Argument.mapOf(String.class, Object.class));
  }

  private static ProcessHandle postmaster(EmbeddedPostgresServer postgres) throws Exception {
    String pid =
        Files.readAllLines(postgres.dataDirectory().resolve("postmaster.pid")).get(0).trim();
    return ProcessHandle.of(Long.parseLong(pid)).orElseThrow();
  }
}
