package nl.provincie.ethiek.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

/** The whole platform, started in dependency order and stopped in reverse. */
public final class Platform implements AutoCloseable {

  static final Duration HEALTH_TIMEOUT = Duration.ofSeconds(120);

  private final Infrastructure infrastructure;
  private final List<ServiceProcess> processes;

  private Platform(Infrastructure infrastructure, List<ServiceProcess> processes) {
    this.infrastructure = infrastructure;
    this.processes = processes;
  }

  /** Starts everything and returns once every component reports healthy. */
  public static Platform start(LauncherOptions options) {
    if (options.reset()) {
      deleteRecursively(options.dataDirectory());
    }
    Infrastructure infrastructure = Infrastructure.start(options);
    List<ServiceProcess> processes = new ArrayList<>();
    Platform platform = new Platform(infrastructure, processes);
    try {
      Path logs = options.dataDirectory().resolve("logs");
      String tokenKey = ParticipantTokenKey.loadOrCreate(options.dataDirectory());
      for (ServiceSpec spec : specs(options.ports(), infrastructure, tokenKey)) {
        processes.add(ServiceProcess.start(spec, options.platformHome(), logs));
      }
      CompletableFuture.allOf(
              processes.stream()
                  .map(p -> CompletableFuture.runAsync(() -> p.awaitHealthy(HEALTH_TIMEOUT)))
                  .toArray(CompletableFuture[]::new))
          .join();
      return platform;
    } catch (RuntimeException e) {
      platform.close();
      throw e;
    }
  }

  static List<ServiceSpec> specs(
      Ports ports, Infrastructure infrastructure, String participantTokenKey) {
    return List.of(
        service(
            "participation-service",
            ports.participation(),
            "participation",
            infrastructure,
            Map.of("PARTICIPANT_TOKEN_SECRET", participantTokenKey)),
        service("case-service", ports.cases(), "cases", infrastructure, Map.of()),
        service("register-service", ports.register(), "register", infrastructure, Map.of()),
        new ServiceSpec(
            "portal-ui",
            "portal-ui",
            ports.portal(),
            Map.of(
                "PORTAL_PORT",
                String.valueOf(ports.portal()),
                "REGISTER_SERVICE_URL",
                "http://localhost:" + ports.register(),
                "PARTICIPATION_SERVICE_URL",
                "http://localhost:" + ports.participation(),
                "CASE_SERVICE_URL",
                "http://localhost:" + ports.cases())));
  }

  private static ServiceSpec service(
      String name,
      int port,
      String database,
      Infrastructure infrastructure,
      Map<String, String> extra) {
    Map<String, String> environment =
        new HashMap<>(
            Map.of(
                "PORT", String.valueOf(port),
                "DATABASE_URL", infrastructure.database(database),
                "DATABASE_USER", infrastructure.databaseUser(),
                "DATABASE_PASSWORD", infrastructure.databasePassword(),
                "KAFKA_BOOTSTRAP_SERVERS", infrastructure.kafkaBootstrapServers(),
                "DEMO_ACCOUNTS_ENABLED", "true",
                "DEMO_DATA_ENABLED", "true"));
    environment.putAll(extra);
    return new ServiceSpec(name, name, port, Map.copyOf(environment));
  }

  public List<ServiceSpec> services() {
    return processes.stream().map(ServiceProcess::spec).toList();
  }

  public String url(String service) {
    return services().stream()
        .filter(s -> s.name().equals(service))
        .findFirst()
        .map(ServiceSpec::url)
        .orElseThrow(() -> new IllegalArgumentException("no service " + service));
  }

  public String kafkaBootstrapServers() {
    return infrastructure.kafkaBootstrapServers();
  }

  String describeInfrastructure() {
    return infrastructure.describe();
  }

  List<ServiceProcess> processes() {
    return processes;
  }

  /** Stops the processes first (they flush to the database and Kafka), then the servers. */
  @Override
  public void close() {
    processes.parallelStream().forEach(p -> p.stop(Duration.ofSeconds(20)));
    infrastructure.close();
  }

  private static void deleteRecursively(Path directory) {
    if (!Files.exists(directory)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(directory)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Could not reset " + directory, e);
    }
  }
}
