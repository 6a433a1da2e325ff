package nl.provincie.ethiek.launcher;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;

/**
 * What the launcher was asked to do. Command-line flags win over environment variables, which win
 * over the defaults.
 */
public record LauncherOptions(
    Path platformHome,
    Path dataDirectory,
    boolean reset,
    Optional<ExternalDatabase> externalDatabase,
    Optional<String> externalKafka,
    Ports ports,
    int instances,
    int kafkaBrokers) {

  /** The default layout: one instance of everything on one embedded broker. */
  public LauncherOptions(
      Path platformHome,
      Path dataDirectory,
      boolean reset,
      Optional<ExternalDatabase> externalDatabase,
      Optional<String> externalKafka,
      Ports ports) {
    this(platformHome, dataDirectory, reset, externalDatabase, externalKafka, ports, 1, 1);
  }

  public LauncherOptions {
    if (instances < 1 || instances > 5) {
      throw new IllegalArgumentException("--instances takes 1 to 5, not " + instances);
    }
    if (kafkaBrokers < 1 || kafkaBrokers > 5) {
      throw new IllegalArgumentException("--kafka-brokers takes 1 to 5, not " + kafkaBrokers);
    }
  }

  /** The same options with another layout (instances of each service, embedded brokers). */
  public LauncherOptions withLayout(int instances, int kafkaBrokers) {
    return new LauncherOptions(
        platformHome,
        dataDirectory,
        reset,
        externalDatabase,
        externalKafka,
        ports,
        instances,
        kafkaBrokers);
  }

  /** A PostgreSQL server the platform should use instead of its embedded one. */
  public record ExternalDatabase(String url, String user, String password) {}

  static final String USAGE =
      """
      Usage: ./platform [--reset] [--data-dir DIR] [--database-url JDBC_URL] [--kafka HOST:PORT]
                        [--instances N] [--kafka-brokers N]

        --reset              delete the data directory first (all local data is lost)
        --data-dir DIR       where PostgreSQL and Kafka keep their data (default: .platform-data)
        --database-url URL   use this PostgreSQL server instead of the embedded one, e.g.
                             jdbc:postgresql://db.example:5432/postgres (user and password from
                             PLATFORM_DATABASE_USER / PLATFORM_DATABASE_PASSWORD)
        --kafka HOST:PORT    use these Kafka bootstrap servers instead of the embedded broker
        --instances N        run N instances of each service (1-5, default 1); instance k of a
                             service listens on its port + 10*(k-1), e.g. 8081, 8091; the portal
                             uses the first
        --kafka-brokers N    an embedded Kafka cluster of N brokers (1-5, default 1); from 3 on,
                             every topic has 3 replicas and needs 2 in sync (docs/adr/0025)
      Every service process that stops unexpectedly is started again, with a growing pause.
      """;

  static LauncherOptions parse(String[] args, Map<String, String> env, Path platformHome) {
    Path dataDirectory =
        Optional.ofNullable(env.get("PLATFORM_DATA_DIR"))
            .map(Path::of)
            .orElse(platformHome.resolve(".platform-data"));
    boolean reset = false;
    int instances = number("PLATFORM_INSTANCES", env.get("PLATFORM_INSTANCES"), 1);
    int brokers = number("PLATFORM_KAFKA_BROKERS", env.get("PLATFORM_KAFKA_BROKERS"), 1);
    Optional<String> databaseUrl = Optional.ofNullable(env.get("PLATFORM_DATABASE_URL"));
    Optional<String> kafka = Optional.ofNullable(env.get("PLATFORM_KAFKA_BOOTSTRAP_SERVERS"));
    Deque<String> rest = new ArrayDeque<>(Arrays.asList(args));
    while (!rest.isEmpty()) {
      String flag = rest.pop();
      switch (flag) {
        case "--reset" -> reset = true;
        case "--data-dir" -> dataDirectory = Path.of(value(flag, rest));
        case "--database-url" -> databaseUrl = Optional.of(value(flag, rest));
        case "--kafka" -> kafka = Optional.of(value(flag, rest));
        case "--instances" -> instances = number(flag, value(flag, rest), 1);
        case "--kafka-brokers" -> brokers = number(flag, value(flag, rest), 1);
        default -> throw new IllegalArgumentException("Unknown option " + flag + "\n\n" + USAGE);
      }
    }
    Optional<ExternalDatabase> database =
        databaseUrl
            .filter(url -> !url.isBlank())
            .map(
                url ->
                    new ExternalDatabase(
                        url,
                        env.getOrDefault("PLATFORM_DATABASE_USER", "postgres"),
                        env.getOrDefault("PLATFORM_DATABASE_PASSWORD", "postgres")));
    return new LauncherOptions(
        platformHome,
        dataDirectory.toAbsolutePath(),
        reset,
        database,
        kafka.filter(servers -> !servers.isBlank()),
        Ports.DEFAULTS,
        instances,
        brokers);
  }

  private static int number(String name, String text, int fallback) {
    if (text == null || text.isBlank()) {
      return fallback;
    }
    try {
      return Integer.parseInt(text.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " needs a number, not " + text + "\n\n" + USAGE);
    }
  }

  private static String value(String flag, Deque<String> rest) {
    if (rest.isEmpty() || rest.peek().startsWith("--")) {
      throw new IllegalArgumentException(flag + " needs a value\n\n" + USAGE);
    }
    return rest.pop();
  }
}
