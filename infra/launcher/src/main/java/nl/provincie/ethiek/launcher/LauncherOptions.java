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
    Ports ports) {

  /** A PostgreSQL server the platform should use instead of its embedded one. */
  public record ExternalDatabase(String url, String user, String password) {}

  static final String USAGE =
      """
      Usage: ./platform [--reset] [--data-dir DIR] [--database-url JDBC_URL] [--kafka HOST:PORT]

        --reset              delete the data directory first (all local data is lost)
        --data-dir DIR       where PostgreSQL and Kafka keep their data (default: .platform-data)
        --database-url URL   use this PostgreSQL server instead of the embedded one, e.g.
                             jdbc:postgresql://db.example:5432/postgres (user and password from
                             PLATFORM_DATABASE_USER / PLATFORM_DATABASE_PASSWORD)
        --kafka HOST:PORT    use these Kafka bootstrap servers instead of the embedded broker
      """;

  static LauncherOptions parse(String[] args, Map<String, String> env, Path platformHome) {
    Path dataDirectory =
        Optional.ofNullable(env.get("PLATFORM_DATA_DIR"))
            .map(Path::of)
            .orElse(platformHome.resolve(".platform-data"));
    boolean reset = false;
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
        Ports.DEFAULTS);
  }

  private static String value(String flag, Deque<String> rest) {
    if (rest.isEmpty() || rest.peek().startsWith("--")) {
      throw new IllegalArgumentException(flag + " needs a value\n\n" + USAGE);
    }
    return rest.pop();
  }
}
