package nl.provincie.ethiek.infra.embedded;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/**
 * Run in a child JVM by a test: starts PostgreSQL, writes a row, reports READY and waits to die.
 */
public final class PostgresInAnotherJvm {

  private PostgresInAnotherJvm() {}

  public static void main(String[] args) throws Exception {
    EmbeddedPostgresServer server = EmbeddedPostgresServer.start(Path.of(args[0]), 0);
    try (Connection connection =
            DriverManager.getConnection(
                server.jdbcUrl("postgres"), server.username(), server.password());
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE TABLE note (text varchar(40))");
      statement.execute("INSERT INTO note VALUES ('written before the JVM was killed')");
    }
    System.out.println("READY");
    System.out.flush();
    Thread.sleep(Long.MAX_VALUE);
  }
}
