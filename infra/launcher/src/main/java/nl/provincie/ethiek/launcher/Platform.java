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
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import nl.provincie.ethiek.infra.embedded.EmbeddedKafkaCluster;

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
    return start(options, Map.of());
  }

  /**
   * As {@link #start(LauncherOptions)}, with settings added to every service's environment (tests
   * use it to shorten intervals, e.g. the keeper's).
   */
  static Platform start(LauncherOptions options, Map<String, String> extraEnvironment) {
    if (options.reset()) {
      deleteRecursively(options.dataDirectory());
    }
    Infrastructure infrastructure = Infrastructure.start(options);
    List<ServiceProcess> processes = new ArrayList<>();
    Platform platform = new Platform(infrastructure, processes);
    try {
      Path logs = options.dataDirectory().resolve("logs");
      String tokenKey = ParticipantTokenKey.loadOrCreate(options.dataDirectory());
      String headKey = AuditHeadKey.loadOrCreate(options.dataDirectory());
      for (ServiceSpec spec :
          specs(options.ports(), infrastructure, tokenKey, headKey, options.instances())) {
        processes.add(
            ServiceProcess.start(spec.with(extraEnvironment), options.platformHome(), logs));
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

  /**
   * Every process of the layout: {@code instances} of each service (instance k on its port +
   * 10*(k-1), named {@code <service>-k} from the second on) and one portal using the first ones.
   */
  static List<ServiceSpec> specs(
      Ports ports,
      Infrastructure infrastructure,
      String participantTokenKey,
      String auditHeadKey,
      int instances) {
    List<ServiceSpec> specs = new ArrayList<>();
    for (int instance = 1; instance <= instances; instance++) {
      specs.add(
          service(
              "participation-service",
              instance,
              ports.participation(),
              "participation",
              infrastructure,
              Map.of("PARTICIPANT_TOKEN_SECRET", participantTokenKey)));
      specs.add(
          service(
              "case-service",
              instance,
              ports.cases(),
              "cases",
              infrastructure,
              Map.of("AUDIT_HEAD_SIGNING_KEY", auditHeadKey)));
      specs.add(
          service(
              "register-service",
              instance,
              ports.register(),
              "register",
              infrastructure,
              Map.of()));
    }
    specs.add(
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
    return specs;
  }

  private static ServiceSpec service(
      String module,
      int instance,
      int firstPort,
      String database,
      Infrastructure infrastructure,
      Map<String, String> extra) {
    int port = firstPort + 10 * (instance - 1);
    String name = instance == 1 ? module : module + "-" + instance;
    Map<String, String> environment =
        new HashMap<>(
            Map.of(
                "PORT", String.valueOf(port),
                "DATABASE_URL", infrastructure.database(database),
                "DATABASE_USER", infrastructure.databaseUser(),
                "DATABASE_PASSWORD", infrastructure.databasePassword(),
                "KAFKA_BOOTSTRAP_SERVERS", infrastructure.kafkaBootstrapServers(),
                "DEMO_ACCOUNTS_ENABLED", "true",
                // the demo data is loaded once, by the first instance: two loading it side by side
                // on an empty database would both find it empty
                "DEMO_DATA_ENABLED", String.valueOf(instance == 1),
                "PLATFORM_INSTANCE_ID", name));
    environment.putAll(extra);
    return new ServiceSpec(name, module, port, Map.copyOf(environment));
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

  /** The embedded Kafka cluster, when the layout has one (--kafka-brokers 2 or more). */
  public Optional<EmbeddedKafkaCluster> kafkaCluster() {
    return infrastructure.kafkaCluster();
  }

  /** A JDBC URL of one of the platform's databases, with {@link #databaseUser()}. */
  String databaseUrl(String database) {
    return infrastructure.database(database);
  }

  String databaseUser() {
    return infrastructure.databaseUser();
  }

  String databasePassword() {
    return infrastructure.databasePassword();
  }

  /** The running process of one component, by name (e.g. participation-service-2). */
  ServiceProcess process(String name) {
    return processes.stream()
        .filter(p -> p.spec().name().equals(name))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no process " + name));
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
