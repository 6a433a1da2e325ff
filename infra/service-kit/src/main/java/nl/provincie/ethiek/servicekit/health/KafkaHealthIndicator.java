package nl.provincie.ethiek.servicekit.health;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import io.micronaut.management.health.indicator.annotation.Readiness;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.reactivestreams.Publisher;

/**
 * Reports whether the brokers answer, but never makes the service unready: every event is written
 * to the outbox in the same transaction as the change and is sent once Kafka is back, so a service
 * without Kafka still serves every request (docs/adr/0041). An unreachable Kafka is {@link
 * #DEGRADED}, an operational status that answers 200. Replaces micronaut-kafka's indicator, which
 * waits for the admin client's timeouts (10 s and more) and answers DOWN.
 */
@Singleton
@Readiness
@Replaces(io.micronaut.configuration.kafka.health.KafkaHealthIndicator.class)
class KafkaHealthIndicator implements HealthIndicator {

  static final String NAME = "kafka";

  /** Working without a dependency whose absence costs no request: still answers 200. */
  static final HealthStatus DEGRADED =
      new HealthStatus("DEGRADED", "serving; a dependency is not answering", true, 1);

  private final String bootstrapServers;
  private final BoundedCheck<Integer> check;
  private Admin admin;

  KafkaHealthIndicator(
      @Value("${kafka.bootstrap.servers}") String bootstrapServers,
      @Value("${platform.health.budget:700ms}") Duration budget,
      @Value("${platform.health.max-age:1s}") Duration maxAge) {
    this.bootstrapServers = bootstrapServers;
    this.check = new BoundedCheck<>(NAME, this::brokers, budget, maxAge, Clock.systemUTC());
  }

  private int brokers() {
    try {
      return admin()
          .describeCluster(new DescribeClusterOptions().timeoutMs(5_000))
          .nodes()
          .get(5, TimeUnit.SECONDS)
          .size();
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause().getClass().getSimpleName(), e.getCause());
    } catch (TimeoutException e) {
      throw new IllegalStateException("no answer within 5 s", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  private synchronized Admin admin() {
    if (admin == null) {
      admin =
          Admin.create(
              Map.of(
                  AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                  AdminClientConfig.CLIENT_ID_CONFIG, "health-" + NAME,
                  AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000,
                  AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5_000,
                  AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 2_000));
    }
    return admin;
  }

  @Override
  public Publisher<HealthResult> getResult() {
    return Publishers.fromCompletableFuture(this::result);
  }

  CompletableFuture<HealthResult> result() {
    return check.get().thenApply(this::toResult);
  }

  private HealthResult toResult(BoundedCheck.Outcome<Integer> outcome) {
    Map<String, Object> details = new LinkedHashMap<>();
    if (outcome.ok() && outcome.answer() > 0) {
      details.put("brokers", outcome.answer());
      return HealthResult.builder(NAME, HealthStatus.UP).details(details).build();
    }
    details.put(
        "error",
        outcome.timedOut()
            ? "no answer within " + check.budget().toMillis() + " ms"
            : outcome.failure() != null ? outcome.failure().getMessage() : "no brokers");
    details.put("events", "kept in the outbox until Kafka answers");
    return HealthResult.builder(NAME, DEGRADED).details(details).build();
  }

  @PreDestroy
  synchronized void close() {
    check.close();
    if (admin != null) {
      admin.close(Duration.ZERO);
    }
  }
}
