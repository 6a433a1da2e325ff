package nl.provincie.ethiek.launcher;

import java.nio.file.Path;
import java.util.Optional;
import nl.provincie.ethiek.infra.embedded.EmbeddedKafkaBroker;
import nl.provincie.ethiek.infra.embedded.EmbeddedKafkaCluster;
import nl.provincie.ethiek.infra.embedded.EmbeddedPostgresServer;

/**
 * The PostgreSQL server and Kafka cluster the services run on: real servers in the launcher's own
 * JVM, with their data under the data directory so a restart finds everything where it was, or
 * external servers when the options name them.
 */
final class Infrastructure implements AutoCloseable {

  private final Optional<EmbeddedPostgresServer> postgres;
  private final Optional<EmbeddedKafkaBroker> kafka;
  private final Optional<EmbeddedKafkaCluster> kafkaCluster;
  private final ExternalPostgres externalPostgres;
  private final String bootstrapServers;

  private Infrastructure(
      Optional<EmbeddedPostgresServer> postgres,
      ExternalPostgres externalPostgres,
      Optional<EmbeddedKafkaBroker> kafka,
      Optional<EmbeddedKafkaCluster> kafkaCluster,
      String bootstrapServers) {
    this.postgres = postgres;
    this.externalPostgres = externalPostgres;
    this.kafka = kafka;
    this.kafkaCluster = kafkaCluster;
    this.bootstrapServers = bootstrapServers;
  }

  static Infrastructure start(LauncherOptions options) {
    Path data = options.dataDirectory();
    Optional<EmbeddedPostgresServer> postgres =
        options.externalDatabase().isPresent()
            ? Optional.empty()
            : Optional.of(
                EmbeddedPostgresServer.start(data.resolve("postgres"), options.ports().postgres()));
    try {
      ExternalPostgres external =
          options.externalDatabase().map(ExternalPostgres::new).orElse(null);
      boolean embedded = options.externalKafka().isEmpty();
      boolean cluster = embedded && options.kafkaBrokers() > 1;
      Optional<EmbeddedKafkaBroker> kafka =
          embedded && !cluster
              ? Optional.of(
                  EmbeddedKafkaBroker.start(data.resolve("kafka"), options.ports().kafka()))
              : Optional.empty();
      Optional<EmbeddedKafkaCluster> kafkaCluster =
          cluster
              ? Optional.of(
                  EmbeddedKafkaCluster.start(
                      data.resolve("kafka-cluster"),
                      options.kafkaBrokers(),
                      options.ports().kafka()))
              : Optional.empty();
      String servers =
          kafka
              .map(EmbeddedKafkaBroker::bootstrapServers)
              .or(() -> kafkaCluster.map(EmbeddedKafkaCluster::bootstrapServers))
              .orElseGet(() -> options.externalKafka().get());
      if (embedded) {
        Topics.declare(servers, options.kafkaBrokers());
      }
      return new Infrastructure(postgres, external, kafka, kafkaCluster, servers);
    } catch (RuntimeException e) {
      postgres.ifPresent(EmbeddedPostgresServer::close);
      throw e;
    }
  }

  /** Creates the database when it does not exist yet and returns its JDBC URL. */
  String database(String name) {
    if (postgres.isPresent()) {
      postgres.get().createDatabaseIfAbsent(name);
      return postgres.get().jdbcUrl(name);
    }
    return externalPostgres.database(name);
  }

  String databaseUser() {
    return postgres.map(EmbeddedPostgresServer::username).orElseGet(() -> externalPostgres.user());
  }

  String databasePassword() {
    return postgres
        .map(EmbeddedPostgresServer::password)
        .orElseGet(() -> externalPostgres.password());
  }

  String kafkaBootstrapServers() {
    return bootstrapServers;
  }

  /** The embedded Kafka cluster, when the platform runs one (--kafka-brokers 2 or more). */
  Optional<EmbeddedKafkaCluster> kafkaCluster() {
    return kafkaCluster;
  }

  /** One line per server, for the start-up summary. */
  String describe() {
    String db =
        postgres
            .map(p -> "PostgreSQL  embedded, port " + p.port() + ", data in " + p.dataDirectory())
            .orElseGet(() -> "PostgreSQL  external, " + externalPostgres.serverUrl());
    String broker =
        kafka
            .map(
                k ->
                    "Kafka       embedded KRaft broker at "
                        + k.bootstrapServers()
                        + ", data in "
                        + k.logDirectory())
            .or(
                () ->
                    kafkaCluster.map(
                        k ->
                            "Kafka       embedded KRaft cluster of "
                                + k.size()
                                + " brokers at "
                                + k.bootstrapServers()))
            .orElseGet(() -> "Kafka       external, " + bootstrapServers);
    return db + "\n" + broker;
  }

  @Override
  public void close() {
    kafka.ifPresent(EmbeddedKafkaBroker::close);
    kafkaCluster.ifPresent(EmbeddedKafkaCluster::close);
    postgres.ifPresent(EmbeddedPostgresServer::close);
  }
}
