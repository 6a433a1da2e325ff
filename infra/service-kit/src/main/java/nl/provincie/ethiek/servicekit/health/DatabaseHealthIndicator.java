package nl.provincie.ethiek.servicekit.health;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.health.HealthStatus;
import io.micronaut.jdbc.DataSourceResolver;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import io.micronaut.management.health.indicator.annotation.Readiness;
import io.micronaut.management.health.indicator.jdbc.JdbcIndicator;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import javax.sql.DataSource;
import org.reactivestreams.Publisher;

/**
 * Readiness: the service can serve only when its PostgreSQL answers. Replaces Micronaut's JDBC
 * indicator, which waits for a pool connection as long as the pool allows (30 s): this one answers
 * DOWN when the database gave no answer within {@code platform.health.budget} (docs/adr/0041).
 */
@Singleton
@Readiness
@Replaces(JdbcIndicator.class)
@Requires(beans = DataSource.class)
class DatabaseHealthIndicator implements HealthIndicator {

  static final String NAME = "jdbc";

  private final BoundedCheck<String> check;

  DatabaseHealthIndicator(
      DataSource dataSource,
      DataSourceResolver resolver,
      @Value("${platform.health.budget:700ms}") Duration budget,
      @Value("${platform.health.max-age:1s}") Duration maxAge) {
    DataSource plain = resolver.resolve(dataSource);
    this.check = new BoundedCheck<>(NAME, () -> version(plain), budget, maxAge, Clock.systemUTC());
  }

  private static String version(DataSource dataSource) {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      statement.setQueryTimeout(5);
      try (ResultSet rows = statement.executeQuery("select current_setting('server_version')")) {
        rows.next();
        return rows.getString(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e.getSQLState() + " " + e.getClass().getSimpleName(), e);
    }
  }

  @Override
  public Publisher<HealthResult> getResult() {
    return Publishers.fromCompletableFuture(this::result);
  }

  CompletableFuture<HealthResult> result() {
    return check.get().thenApply(this::toResult);
  }

  private HealthResult toResult(BoundedCheck.Outcome<String> outcome) {
    Map<String, Object> details = new LinkedHashMap<>();
    if (outcome.ok()) {
      details.put("database", "PostgreSQL " + outcome.answer());
      return HealthResult.builder(NAME, HealthStatus.UP).details(details).build();
    }
    details.put(
        "error",
        outcome.timedOut()
            ? "no answer within " + check.budget().toMillis() + " ms"
            : String.valueOf(outcome.failure().getMessage()));
    return HealthResult.builder(NAME, HealthStatus.DOWN).details(details).build();
  }

  @PreDestroy
  void close() {
    check.close();
  }
}
