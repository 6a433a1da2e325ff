package nl.provincie.ethiek.infra.embedded;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL server (the binaries come from a Maven artifact) running as a child process of
 * this JVM, with its cluster in a directory chosen by the caller.
 *
 * <p>The first start on an empty directory runs {@code initdb}; later starts on the same directory
 * reuse the cluster and its data; a postmaster left running by a JVM that was killed is stopped
 * first. The server is stopped on {@link #close()} and, by zonky, in a JVM shutdown hook. When the
 * JVM runs as root the server runs in an unprivileged user namespace (PostgreSQL refuses to run as
 * root); the directory must then be one that root owns. Authentication is {@code trust} on the
 * loopback interface, so the password is accepted but not checked.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
  private static final Pattern DATABASE_NAME = Pattern.compile("^[a-z][a-z0-9_]{0,62}$");
  private static final String SUPERUSER = "postgres";
  private static final String PASSWORD = "postgres";
  private static final String DUPLICATE_DATABASE = "42P04";
  private static final Duration STOP_TIMEOUT = Duration.ofSeconds(10);
  private static final String LOCK_FILE = "epg-lock"; // zonky's lock on the data directory
  private static final int MAX_SOCKET_PATH = 107; // sun_path holds 108 bytes with the final NUL

  private final EmbeddedPostgres postgres;
  private final Path dataDirectory;
  private final AtomicBoolean closed = new AtomicBoolean();

  private EmbeddedPostgresServer(EmbeddedPostgres postgres, Path dataDirectory) {
    this.postgres = postgres;
    this.dataDirectory = dataDirectory;
  }

  /**
   * Starts PostgreSQL on {@code dataDirectory}, creating the cluster only if the directory holds
   * none yet.
   *
   * @param dataDirectory the cluster directory; created when missing and kept on {@link #close()}
   * @param port the TCP port on localhost, or 0 to pick a free one
   */
  public static EmbeddedPostgresServer start(Path dataDirectory, int port) {
    Objects.requireNonNull(dataDirectory, "dataDirectory");
    checkPort(port);
    Path directory = dataDirectory.toAbsolutePath().normalize();
    long started = System.nanoTime();
    try {
      Files.createDirectories(directory);
      stopOrphanedPostmaster(directory);
      boolean existingCluster = Files.isRegularFile(directory.resolve("postgresql.conf"));
      EmbeddedPostgres postgres =
          EmbeddedPostgres.builder()
              .setDataDirectory(directory)
              .setCleanDataDirectory(false)
              .setPort(port)
              .setServerConfig("listen_addresses", "localhost")
              // the Unix socket and its lock live with the data, not in the shared /tmp, so a
              // second platform (another data directory, another network namespace) on the same
              // port is not refused by this one's lock
              .setServerConfig("unix_socket_directories", socketDirectory(directory, port))
              // zonky turns these off for speed; the local platform keeps real data, so a crash
              // must not lose a committed vote
              .setServerConfig("fsync", "on")
              .setServerConfig("synchronous_commit", "on")
              .setServerConfig("full_page_writes", "on")
              .start();
      LOG.info(
          "PostgreSQL ready on port {} in {} ms ({} cluster in {})",
          postgres.getPort(),
          (System.nanoTime() - started) / 1_000_000,
          existingCluster ? "existing" : "new",
          directory);
      return new EmbeddedPostgresServer(postgres, directory);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not start PostgreSQL in " + directory, e);
    }
  }

  /**
   * The directory for the Unix socket: the data directory itself, or none (TCP only, which is all
   * the platform uses) when the socket's path would pass the kernel's limit of {@value
   * #MAX_SOCKET_PATH} bytes. With port 0 the real port is not known yet, so the longest is assumed.
   */
  static String socketDirectory(Path directory, int port) {
    String socket = directory + "/.s.PGSQL." + (port == 0 ? 65_535 : port);
    boolean fits = socket.getBytes(StandardCharsets.UTF_8).length <= MAX_SOCKET_PATH;
    boolean plain = !directory.toString().matches(".*[\\s,'\"\\\\].*");
    return fits && plain ? directory.toString() : "";
  }

  public int port() {
    return postgres.getPort();
  }

  public String username() {
    return SUPERUSER;
  }

  public String password() {
    return PASSWORD;
  }

  public Path dataDirectory() {
    return dataDirectory;
  }

  /** JDBC URL of {@code database} on this server, without credentials. */
  public String jdbcUrl(String database) {
    checkDatabaseName(database);
    return "jdbc:postgresql://localhost:" + port() + "/" + database;
  }

  /**
   * Creates the database {@code name} unless it exists; safe to call repeatedly and concurrently.
   *
   * @throws IllegalArgumentException when {@code name} does not match {@code
   *     ^[a-z][a-z0-9_]{0,62}$}
   */
  public void createDatabaseIfAbsent(String name) {
    checkDatabaseName(name);
    try (Connection connection =
        DriverManager.getConnection(jdbcUrl("postgres"), username(), password())) {
      if (exists(connection, name)) {
        return;
      }
      try (Statement statement = connection.createStatement()) {
        // The name matched a strict pattern, so quoting it is enough.
        statement.execute("CREATE DATABASE \"" + name + "\"");
      } catch (SQLException e) {
        if (!DUPLICATE_DATABASE.equals(e.getSQLState())) {
          throw e;
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not create database " + name, e);
    }
  }

  /**
   * Stops the server (fast shutdown); the data directory is kept. Calling it again does nothing.
   */
  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    try {
      postgres.close();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not stop PostgreSQL in " + dataDirectory, e);
    }
    awaitPostmasterGone();
  }

  /**
   * zonky's own JVM shutdown hook may be stopping the server at the same moment, in which case
   * {@code postgres.close()} returns at once; wait until the postmaster has removed its pid file so
   * that callers may delete or reuse the directory.
   */
  private void awaitPostmasterGone() {
    Path pidFile = dataDirectory.resolve("postmaster.pid");
    long deadline = System.nanoTime() + STOP_TIMEOUT.toNanos();
    while (Files.exists(pidFile) && System.nanoTime() < deadline) {
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  /**
   * A JVM killed with SIGKILL leaves its postmaster running (pg_ctl detaches it), and a new start
   * on the same directory would then fail. If no live JVM holds zonky's lock on the directory, stop
   * the postmaster named in {@code postmaster.pid} (only if it really is a postgres process).
   */
  private static void stopOrphanedPostmaster(Path directory) throws IOException {
    Path pidFile = directory.resolve("postmaster.pid");
    if (!Files.isRegularFile(pidFile)) {
      return;
    }
    try (FileChannel channel =
            FileChannel.open(
                directory.resolve(LOCK_FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock = channel.tryLock()) {
      if (lock == null) {
        throw new IllegalStateException(
            "PostgreSQL directory in use by another process: " + directory);
      }
    } catch (OverlappingFileLockException e) {
      throw new IllegalStateException(
          "PostgreSQL directory already in use in this JVM: " + directory);
    }
    List<String> lines = Files.readAllLines(pidFile);
    if (lines.isEmpty() || !lines.get(0).trim().matches("\\d+")) {
      return;
    }
    Optional<ProcessHandle> postmaster =
        ProcessHandle.of(Long.parseLong(lines.get(0).trim()))
            .filter(ProcessHandle::isAlive)
            .filter(p -> p.info().command().map(c -> c.endsWith("/postgres")).orElse(false));
    if (postmaster.isEmpty()) {
      return; // a stale pid file; PostgreSQL itself replaces it
    }
    LOG.warn(
        "Stopping orphaned PostgreSQL (pid {}) left running in {}",
        postmaster.get().pid(),
        directory);
    postmaster.get().destroy(); // SIGTERM: smart shutdown; its clients died with their JVM
    try {
      postmaster.get().onExit().get(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      postmaster.get().destroyForcibly();
      throw new IllegalStateException("Orphaned PostgreSQL did not stop in " + directory, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while stopping orphaned PostgreSQL", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("Could not stop orphaned PostgreSQL in " + directory, e);
    }
  }

  private static boolean exists(Connection connection, String name) throws SQLException {
    try (PreparedStatement query =
        connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
      query.setString(1, name);
      try (ResultSet rows = query.executeQuery()) {
        return rows.next();
      }
    }
  }

  static void checkDatabaseName(String name) {
    if (name == null || !DATABASE_NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "Database name must match " + DATABASE_NAME.pattern() + ": " + name);
    }
  }

  static void checkPort(int port) {
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("Port must be 0 (any free port) or 1-65535: " + port);
    }
  }
}
