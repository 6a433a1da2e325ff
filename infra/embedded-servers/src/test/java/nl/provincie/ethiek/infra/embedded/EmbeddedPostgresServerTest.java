package nl.provincie.ethiek.infra.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class EmbeddedPostgresServerTest {

  @TempDir static Path sharedDirectory;

  private static EmbeddedPostgresServer shared;

  @BeforeAll
  static void startSharedServer() {
    shared = EmbeddedPostgresServer.start(sharedDirectory.resolve("pg"), 0);
  }

  @AfterAll
  static void stopSharedServer() {
    if (shared != null) {
      shared.close();
    }
  }

  @Test
  void dataSurvivesAStopAndARestartOnTheSameDirectory(@TempDir Path directory) throws Exception {
    Path data = directory.resolve("cluster");
    try (EmbeddedPostgresServer first = EmbeddedPostgresServer.start(data, 0)) {
      first.createDatabaseIfAbsent("survivor");
      execute(
          first,
          "survivor",
          "CREATE TABLE note (id int PRIMARY KEY, text varchar(40))",
          "INSERT INTO note VALUES (1, 'written before the restart')");
    }
    assertThat(data.resolve("postmaster.pid")).as("stopped when close() returns").doesNotExist();
    assertThat(data.resolve("PG_VERSION")).hasContent("17");

    try (EmbeddedPostgresServer second = EmbeddedPostgresServer.start(data, 0)) {
      assertThat(query(second, "survivor", "SELECT text FROM note WHERE id = 1"))
          .containsExactly("written before the restart");
      assertThat(query(second, "postgres", "SHOW server_version").get(0)).startsWith("17.");
    }
  }

  @Test
  void startStopsAPostmasterOrphanedByAKilledJvmAndKeepsItsData(@TempDir Path directory)
      throws Exception {
    Path data = directory.resolve("cluster");
    Process child =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                PostgresInAnotherJvm.class.getName(),
                data.toString())
            .redirectErrorStream(true)
            .start();
    try (BufferedReader output =
        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      assertThat(output.lines().filter("READY"::equals).findFirst()).isPresent();
    } finally {
      child.destroyForcibly().waitFor();
    }
    assertThat(data.resolve("postmaster.pid")).as("postmaster outlives the killed JVM").exists();

    try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(data, 0)) {
      assertThat(query(server, "postgres", "SELECT text FROM note"))
          .containsExactly("written before the JVM was killed");
    }
  }

  @Test
  void startsWhileAnotherPostmasterHoldsTheSocketLockOfItsPortInTmp(@TempDir Path directory)
      throws Exception {
    // a second platform in another network namespace may use the same port; its socket lock in
    // the shared /tmp used to make this start fail with "lock file already exists"
    int port = freePort();
    Path foreignLock = Path.of("/tmp", ".s.PGSQL." + port + ".lock");
    Files.writeString(foreignLock, ProcessHandle.current().pid() + "\n/elsewhere\n");
    try (EmbeddedPostgresServer server =
        EmbeddedPostgresServer.start(directory.resolve("a"), port)) {
      assertThat(query(server, "postgres", "SHOW unix_socket_directories"))
          .containsExactly(server.dataDirectory().toString());
      assertThat(server.dataDirectory().resolve(".s.PGSQL." + port + ".lock")).exists();
      assertThat(foreignLock).as("the other platform's lock is left alone").exists();
    } finally {
      Files.deleteIfExists(foreignLock);
    }
  }

  @Test
  void twoServersWithTheirOwnDataDirectoriesRunSideBySide(@TempDir Path directory)
      throws Exception {
    try (EmbeddedPostgresServer first = EmbeddedPostgresServer.start(directory.resolve("one"), 0);
        EmbeddedPostgresServer second = EmbeddedPostgresServer.start(directory.resolve("two"), 0)) {
      first.createDatabaseIfAbsent("side");
      second.createDatabaseIfAbsent("side");
      execute(first, "side", "CREATE TABLE which (name text)", "INSERT INTO which VALUES ('one')");
      execute(second, "side", "CREATE TABLE which (name text)", "INSERT INTO which VALUES ('two')");

      assertThat(first.port()).isNotEqualTo(second.port());
      assertThat(query(first, "side", "SELECT name FROM which")).containsExactly("one");
      assertThat(query(second, "side", "SELECT name FROM which")).containsExactly("two");
      assertThat(Path.of("/tmp", ".s.PGSQL." + first.port() + ".lock")).doesNotExist();
      assertThat(Path.of("/tmp", ".s.PGSQL." + second.port() + ".lock")).doesNotExist();
    }
  }

  @Test
  void aDataDirectoryTooLongForASocketPathGetsNoUnixSocket() {
    Path deep = Path.of("/tmp", "x".repeat(100));
    Path near = Path.of("/tmp", "y".repeat(40));

    assertThat(EmbeddedPostgresServer.socketDirectory(deep, 15432)).isEmpty();
    assertThat(EmbeddedPostgresServer.socketDirectory(near, 15432)).isEqualTo(near.toString());
    assertThat(EmbeddedPostgresServer.socketDirectory(Path.of("/tmp/with space"), 15432)).isEmpty();
  }

  @Test
  void startsOnADataDirectoryTooLongForASocketPath(@TempDir Path directory) throws Exception {
    Path deep = directory.resolve("d".repeat(110 - directory.toString().length()));
    try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(deep, 0)) {
      assertThat(query(server, "postgres", "SHOW unix_socket_directories")).containsExactly("");
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  @Test
  void createDatabaseIfAbsentIsIdempotentAndKeepsExistingData() throws Exception {
    shared.createDatabaseIfAbsent("twice");
    execute(shared, "twice", "CREATE TABLE kept (id int)", "INSERT INTO kept VALUES (7)");

    shared.createDatabaseIfAbsent("twice");

    assertThat(query(shared, "twice", "SELECT id FROM kept")).containsExactly("7");
    assertThat(
            query(shared, "postgres", "SELECT count(*) FROM pg_database WHERE datname = 'twice'"))
        .containsExactly("1");
  }

  @Test
  void jdbcUrlPointsAtTheRequestedDatabaseWithTheAdvertisedCredentials() throws Exception {
    shared.createDatabaseIfAbsent("reachable");

    assertThat(shared.jdbcUrl("reachable"))
        .isEqualTo("jdbc:postgresql://localhost:" + shared.port() + "/reachable");
    assertThat(query(shared, "reachable", "SELECT current_database() || '/' || current_user"))
        .containsExactly("reachable/" + shared.username());
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(
      strings = {
        "Upper",
        "1starts_with_digit",
        "_underscore_first",
        "has-dash",
        "x\"; DROP DATABASE postgres; --",
        "name_that_is_far_too_long_for_a_postgresql_identifier_of_63_chars"
      })
  void createDatabaseIfAbsentRejectsNamesThatAreNotPlainLowercaseIdentifiers(String name) {
    assertThatThrownBy(() -> shared.createDatabaseIfAbsent(name))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void startRejectsAnImpossiblePort(@TempDir Path directory) {
    assertThatThrownBy(() -> EmbeddedPostgresServer.start(directory, 70_000))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static void execute(EmbeddedPostgresServer server, String database, String... sql)
      throws SQLException {
    try (Connection connection = connect(server, database);
        Statement statement = connection.createStatement()) {
      for (String each : sql) {
        statement.execute(each);
      }
    }
  }

  private static List<String> query(EmbeddedPostgresServer server, String database, String sql)
      throws SQLException {
    try (Connection connection = connect(server, database);
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      List<String> values = new ArrayList<>();
      while (rows.next()) {
        values.add(rows.getString(1));
      }
      return values;
    }
  }

  private static Connection connect(EmbeddedPostgresServer server, String database)
      throws SQLException {
    return DriverManager.getConnection(
        server.jdbcUrl(database), server.username(), server.password());
  }
}
