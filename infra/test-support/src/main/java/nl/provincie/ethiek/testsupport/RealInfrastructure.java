package nl.provincie.ethiek.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.provincie.ethiek.infra.embedded.EmbeddedKafkaBroker;
import nl.provincie.ethiek.infra.embedded.EmbeddedPostgresServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.PostgreSQLContainer;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.lifecycle.Startables;
import org.testcontainers.utility.DockerImageName;

/**
 * A real PostgreSQL server and a real Kafka broker shared by every test in this JVM.
 *
 * <p>Where a Docker engine answers, both run in Testcontainers ({@code postgres:17-alpine}, {@code
 * apache/kafka:3.9.1}); otherwise they run in-process from {@code embedded-servers} with their data
 * in a temporary directory. Set the system property or environment variable {@value #KIND_PROPERTY}
 * ({@code REAL_INFRASTRUCTURE}) to {@code embedded} or {@code testcontainers} to force one.
 *
 * <p>Everything starts on the first call of {@link #shared()} and stops in a JVM shutdown hook,
 * which also deletes the temporary directories. Tests isolate themselves by asking for a database
 * of their own with {@link #newDatabase(String)}, and topics of their own by naming them.
 */
public final class RealInfrastructure {

  /**
   * Selects the implementation: {@code auto} (default), {@code embedded} or {@code testcontainers}.
   */
  public static final String KIND_PROPERTY = "real.infrastructure";

  public static final String EMBEDDED = "embedded";
  public static final String TESTCONTAINERS = "testcontainers";

  private static final Logger LOG = LoggerFactory.getLogger(RealInfrastructure.class);
  private static final Pattern PREFIX = Pattern.compile("^[a-z][a-z0-9_]{0,39}$");
  private static final Pattern DATABASE = Pattern.compile("^[a-z][a-z0-9_]{0,62}$");
  private static final Object LOCK = new Object();
  private static volatile RealInfrastructure shared;

  private final Backend backend;
  private final AtomicInteger databases = new AtomicInteger();

  private RealInfrastructure(Backend backend) {
    this.backend = backend;
  }

  /**
   * The instance of this JVM, started on first use (thread-safe). If starting fails the exception
   * is thrown and the next call tries again.
   */
  public static RealInfrastructure shared() {
    RealInfrastructure instance = shared;
    if (instance == null) {
      synchronized (LOCK) {
        instance = shared;
        if (instance == null) {
          instance = new RealInfrastructure(startBackend());
          Runtime.getRuntime()
              .addShutdownHook(new Thread(instance.backend::close, "real-infrastructure-stop"));
          shared = instance;
        }
      }
    }
    return instance;
  }

  /** {@code "testcontainers"} or {@code "embedded"}. */
  public String kind() {
    return backend.kind();
  }

  public String bootstrapServers() {
    return backend.bootstrapServers();
  }

  public String username() {
    return backend.username();
  }

  public String password() {
    return backend.password();
  }

  /**
   * Creates a new, empty database named {@code prefix + "_" + n}, unique within this JVM, and
   * returns its name.
   *
   * @param prefix lowercase letters, digits and underscores, starting with a letter, at most 40
   *     characters
   */
  public String newDatabase(String prefix) {
    if (prefix == null || !PREFIX.matcher(prefix).matches()) {
      throw new IllegalArgumentException("Database prefix must match " + PREFIX + ": " + prefix);
    }
    String name = prefix + "_" + databases.incrementAndGet();
    backend.createDatabase(name);
    return name;
  }

  /** JDBC URL of {@code database}, without credentials (see {@link #username()}). */
  public String jdbcUrl(String database) {
    if (database == null || !DATABASE.matcher(database).matches()) {
      throw new IllegalArgumentException("Database name must match " + DATABASE + ": " + database);
    }
    return backend.jdbcUrl(database);
  }

  /**
   * Properties for a Micronaut {@code TestPropertyProvider}: {@code datasources.default.url},
   * {@code datasources.default.username}, {@code datasources.default.password}, {@code
   * kafka.bootstrap.servers}, and a free HTTP port (the local platform may be running on the
   * services' default ports beside the tests).
   */
  public Map<String, String> micronautProperties(String database) {
    Map<String, String> properties = new LinkedHashMap<>();
    properties.put("datasources.default.url", jdbcUrl(database));
    properties.put("datasources.default.username", username());
    properties.put("datasources.default.password", password());
    properties.put("kafka.bootstrap.servers", bootstrapServers());
    properties.put("micronaut.server.port", "-1");
    return Collections.unmodifiableMap(properties);
  }

  private static Backend startBackend() {
    String wanted = configuredKind();
    boolean containers =
        switch (wanted) {
          case EMBEDDED -> false;
          case TESTCONTAINERS -> true;
          case "auto" -> DockerClientFactory.instance().isDockerAvailable();
          default ->
              throw new IllegalStateException(
                  KIND_PROPERTY + " must be auto, embedded or testcontainers, not " + wanted);
        };
    long started = System.nanoTime();
    Backend backend = containers ? ContainerBackend.start() : EmbeddedBackend.start();
    LOG.info(
        "Real infrastructure ({}) ready in {} ms: Kafka {}",
        backend.kind(),
        (System.nanoTime() - started) / 1_000_000,
        backend.bootstrapServers());
    return backend;
  }

  private static String configuredKind() {
    String value = System.getProperty(KIND_PROPERTY);
    if (value == null || value.isBlank()) {
      value = System.getenv("REAL_INFRASTRUCTURE");
    }
    return value == null || value.isBlank() ? "auto" : value.trim().toLowerCase(Locale.ROOT);
  }

  private interface Backend {
    String kind();

    String bootstrapServers();

    String username();

    String password();

    String jdbcUrl(String database);

    void createDatabase(String name);

    /** Stops everything; must not throw. */
    void close();
  }

  /** In-process servers with their data in a temporary directory. */
  private static final class EmbeddedBackend implements Backend {
    private final Path root;
    private final EmbeddedPostgresServer postgres;
    private final EmbeddedKafkaBroker kafka;

    private EmbeddedBackend(Path root, EmbeddedPostgresServer postgres, EmbeddedKafkaBroker kafka) {
      this.root = root;
      this.postgres = postgres;
      this.kafka = kafka;
    }

    static Backend start() {
      Path root;
      try {
        root = Files.createTempDirectory("real-infrastructure-");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      // PostgreSQL is mostly a child process, Kafka mostly class loading: start them side by side.
      CompletableFuture<EmbeddedPostgresServer> postgres =
          CompletableFuture.supplyAsync(
              () -> EmbeddedPostgresServer.start(root.resolve("postgres"), 0));
      CompletableFuture<EmbeddedKafkaBroker> kafka =
          CompletableFuture.supplyAsync(() -> EmbeddedKafkaBroker.start(root.resolve("kafka"), 0));
      try {
        return new EmbeddedBackend(root, postgres.join(), kafka.join());
      } catch (CompletionException e) {
        postgres.thenAccept(EmbeddedPostgresServer::close);
        kafka.thenAccept(EmbeddedKafkaBroker::close);
        CompletableFuture.allOf(postgres, kafka).exceptionally(ignored -> null).join();
        deleteQuietly(root);
        throw e.getCause() instanceof RuntimeException cause ? cause : e;
      }
    }

    @Override
    public String kind() {
      return EMBEDDED;
    }

    @Override
    public String bootstrapServers() {
      return kafka.bootstrapServers();
    }

    @Override
    public String username() {
      return postgres.username();
    }

    @Override
    public String password() {
      return postgres.password();
    }

    @Override
    public String jdbcUrl(String database) {
      return postgres.jdbcUrl(database);
    }

    @Override
    public void createDatabase(String name) {
      postgres.createDatabaseIfAbsent(name);
    }

    @Override
    public void close() {
      try {
        kafka.close();
      } catch (RuntimeException e) {
        LOG.warn("Could not stop Kafka", e);
      }
      try {
        postgres.close();
      } catch (RuntimeException e) {
        LOG.warn("Could not stop PostgreSQL", e);
      }
      deleteQuietly(root);
    }
  }

  /** Docker containers; Testcontainers' Ryuk also removes them if this JVM dies. */
  private static final class ContainerBackend implements Backend {
    private static final int POSTGRES_PORT = 5432;

    private final PostgreSQLContainer<?> postgres;
    private final KafkaContainer kafka;

    private ContainerBackend(PostgreSQLContainer<?> postgres, KafkaContainer kafka) {
      this.postgres = postgres;
      this.kafka = kafka;
    }

    static Backend start() {
      PostgreSQLContainer<?> postgres =
          new PostgreSQLContainer<>(DockerImageName.parse("postgres:17-alpine"));
      KafkaContainer kafka = new KafkaContainer(DockerImageName.parse("apache/kafka:3.9.1"));
      try {
        Startables.deepStart(postgres, kafka).join();
      } catch (RuntimeException e) {
        kafka.stop();
        postgres.stop();
        throw e;
      }
      return new ContainerBackend(postgres, kafka);
    }

    @Override
    public String kind() {
      return TESTCONTAINERS;
    }

    @Override
    public String bootstrapServers() {
      return kafka.getBootstrapServers();
    }

    @Override
    public String username() {
      return postgres.getUsername();
    }

    @Override
    public String password() {
      return postgres.getPassword();
    }

    @Override
    public String jdbcUrl(String database) {
      return "jdbc:postgresql://"
          + postgres.getHost()
          + ":"
          + postgres.getMappedPort(POSTGRES_PORT)
          + "/"
          + database;
    }

    @Override
    public void createDatabase(String name) {
      // The container's user is a superuser; the name was validated, so quoting it is enough.
      try (Connection connection =
              DriverManager.getConnection(
                  postgres.getJdbcUrl(), postgres.getUsername(), postgres.getPassword());
          Statement statement = connection.createStatement()) {
        statement.execute("CREATE DATABASE \"" + name + "\"");
      } catch (SQLException e) {
        throw new IllegalStateException("Could not create database " + name, e);
      }
    }

    @Override
    public void close() {
      try {
        kafka.stop();
      } finally {
        postgres.stop();
      }
    }
  }

  private static void deleteQuietly(Path root) {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      paths
          .sorted(Comparator.reverseOrder())
          .forEach(
              path -> {
                try {
                  Files.deleteIfExists(path);
                } catch (IOException e) {
                  LOG.debug("Could not delete {}", path, e);
                }
              });
    } catch (IOException | UncheckedIOException e) {
      LOG.warn("Could not delete {}", root, e);
    }
  }
}
