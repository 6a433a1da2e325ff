package nl.provincie.ethiek.launcher;

import java.nio.file.Path;
import java.util.Optional;
import nl.provincie.ethiek.infra.embedded.EmbeddedKafkaBroker;
import nl.provincie.ethiek.infra.embedded.EmbeddedPostgresServer;

/**
 * Real servers in the launcher's own JVM, with their data under the data directory, so a restart
 * finds everything where it was. Each part can be replaced by an external server.
 */
final class EmbeddedInfrastructure implements Infrastructure {

  private final Optional<EmbeddedPostgresServer> postgres;
  private final Optional<EmbeddedKafkaBroker> kafka;
  private final ExternalPostgres externalPostgres;
  private final String bootstrapServers;

  private EmbeddedInfrastructure(
      Optional<EmbeddedPostgresServer> postgres,
      ExternalPostgres externalPostgres,
      Optional<EmbeddedKafkaBroker> kafka,
      String bootstrapServers) {
    this.postgres = postgres;
    this.externalPostgres = externalPostgres;
    this.kafka = kafka;
    this.bootstrapServers = bootstrapServers;
  }

  static EmbeddedInfrastructure start(LauncherOptions options) {
    Path data = options.dataDirectory();
    Optional<EmbeddedPostgresServer> postgres =
        options.externalDatabase().isPresent()
            ? Optional.empty()
            : Optional.of(
                EmbeddedPostgresServer.start(data.resolve("postgres"), options.ports().postgres()));
    try {
      ExternalPostgres external =
          options.externalDatabase().map(ExternalPostgres::new).orElse(null);
      Optional<EmbeddedKafkaBroker> kafka =
          options.externalKafka().isPresent()
              ? Optional.empty()
              : Optional.of(
                  EmbeddedKafkaBroker.start(data.resolve("kafka"), options.ports().kafka()));
      String servers =
          kafka
              .map(EmbeddedKafkaBroker::bootstrapServers)
              .orElseGet(() -> options.externalKafka().get());
      return new EmbeddedInfrastructure(postgres, external, kafka, servers);
    } catch (RuntimeException e) {
      postgres.ifPresent(EmbeddedPostgresServer::close);
      throw e;
    }
  }

  @Override
  public String database(String name) {
    if (postgres.isPresent()) {
      postgres.get().createDatabaseIfAbsent(name);
      return postgres.get().jdbcUrl(name);
    }
    return externalPostgres.database(name);
  }

  @Override
  public String databaseUser() {
    return postgres.map(EmbeddedPostgresServer::username).orElseGet(() -> externalPostgres.user());
  }

  @Override
  public String databasePassword() {
    return postgres
        .map(EmbeddedPostgresServer::password)
        .orElseGet(() -> externalPostgres.password());
  }

  @Override
  public String kafkaBootstrapServers() {
    return bootstrapServers;
  }

  @Override
  public String describe() {
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
            .orElseGet(() -> "Kafka       external, " + bootstrapServers);
    return db + "\n" + broker;
  }

  @Override
  public void close() {
    kafka.ifPresent(EmbeddedKafkaBroker::close);
    postgres.ifPresent(EmbeddedPostgresServer::close);
  }
}
