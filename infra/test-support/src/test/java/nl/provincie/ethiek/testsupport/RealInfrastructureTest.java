package nl.provincie.ethiek.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.testcontainers.DockerClientFactory;

class RealInfrastructureTest {

  @Test
  void concurrentCallersShareOneInstance() throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(4);
    try {
      List<Callable<RealInfrastructure>> calls = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        calls.add(RealInfrastructure::shared);
      }
      List<RealInfrastructure> seen = new ArrayList<>();
      for (Future<RealInfrastructure> result : threads.invokeAll(calls)) {
        seen.add(result.get());
      }
      assertThat(seen).allSatisfy(each -> assertThat(each).isSameAs(RealInfrastructure.shared()));
    } finally {
      threads.shutdownNow();
    }
  }

  @Test
  void usesTestcontainersExactlyWhenDockerIsAvailable() {
    String expected =
        DockerClientFactory.instance().isDockerAvailable()
            ? RealInfrastructure.TESTCONTAINERS
            : RealInfrastructure.EMBEDDED;

    assertThat(RealInfrastructure.shared().kind()).isEqualTo(expected);
  }

  @Test
  void newDatabasesAreFreshAndIsolatedFromEachOther() throws Exception {
    RealInfrastructure infrastructure = RealInfrastructure.shared();
    String first = infrastructure.newDatabase("isolation");
    String second = infrastructure.newDatabase("isolation");
    assertThat(first).isNotEqualTo(second).startsWith("isolation_");

    execute(
        first,
        "CREATE TABLE resident (name text)",
        "INSERT INTO resident VALUES ('Anna'), ('Bram')");
    execute(second, "CREATE TABLE resident (name text)", "INSERT INTO resident VALUES ('Cees')");

    assertThat(query(first, "SELECT name FROM resident ORDER BY name"))
        .containsExactly("Anna", "Bram");
    assertThat(query(second, "SELECT name FROM resident")).containsExactly("Cees");
    assertThat(query(first, "SELECT current_database()")).containsExactly(first);
  }

  @Test
  void newDatabaseRejectsAPrefixThatCannotStartAnIdentifier() {
    RealInfrastructure infrastructure = RealInfrastructure.shared();

    for (String prefix : new String[] {null, "", "Case", "9case", "case-1", "x".repeat(41)}) {
      assertThatThrownBy(() -> infrastructure.newDatabase(prefix))
          .as("prefix %s", prefix)
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void aKafkaRecordRoundTripsThroughBootstrapServers() {
    String bootstrap = RealInfrastructure.shared().bootstrapServers();

    KafkaTopics.send(
        bootstrap, List.of(new ProducerRecord<>("fixture-round-trip", "proposal-3", "submitted")));
    List<ConsumerRecord<String, String>> received =
        KafkaTopics.readMatching(
            bootstrap, "fixture-round-trip", record -> true, 1, Duration.ofSeconds(30));

    assertThat(received)
        .singleElement()
        .extracting(ConsumerRecord::key, ConsumerRecord::value)
        .containsExactly("proposal-3", "submitted");
  }

  @Test
  void micronautPropertiesPointAtTheDatabaseTheBrokerAndAFreePort() throws Exception {
    RealInfrastructure infrastructure = RealInfrastructure.shared();
    String database = infrastructure.newDatabase("case");

    Map<String, String> properties = infrastructure.micronautProperties(database);

    assertThat(properties)
        .containsOnlyKeys(
            "datasources.default.url",
            "datasources.default.username",
            "datasources.default.password",
            "kafka.bootstrap.servers",
            "micronaut.server.port")
        .containsEntry("micronaut.server.port", "-1")
        .containsEntry("datasources.default.url", infrastructure.jdbcUrl(database))
        .containsEntry("kafka.bootstrap.servers", infrastructure.bootstrapServers());
    try (Connection connection =
            DriverManager.getConnection(
                properties.get("datasources.default.url"),
                properties.get("datasources.default.username"),
                properties.get("datasources.default.password"));
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT current_database()")) {
      assertThat(rows.next()).isTrue();
      assertThat(rows.getString(1)).isEqualTo(database);
    }
  }

  private static void execute(String database, String... sql) throws SQLException {
    try (Connection connection = connect(database);
        Statement statement = connection.createStatement()) {
      for (String each : sql) {
        statement.execute(each);
      }
    }
  }

  private static List<String> query(String database, String sql) throws SQLException {
    try (Connection connection = connect(database);
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      List<String> values = new ArrayList<>();
      while (rows.next()) {
        values.add(rows.getString(1));
      }
      return values;
    }
  }

  private static Connection connect(String database) throws SQLException {
    RealInfrastructure infrastructure = RealInfrastructure.shared();
    return DriverManager.getConnection(
        infrastructure.jdbcUrl(database), infrastructure.username(), infrastructure.password());
  }
}
