import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import nl.provincie.ethiek.infra.embedded.EmbeddedKafkaBroker;
import nl.provincie.ethiek.infra.embedded.EmbeddedPostgresServer;

/**
 * The real PostgreSQL server and Kafka broker the smoke test points a container at: the platform's
 * embedded servers (infra/embedded-servers), each on a free loopback port, without the services the
 * launcher would start next to them.
 *
 * <p>Run as a single-file program on the launcher's classpath (smoke-test.sh does):
 *
 * <pre>
 * java -cp 'infra/launcher/target/launcher.jar:infra/launcher/target/lib/*' \
 *     infra/images/EmbeddedInfrastructure.java DATA_DIR DATABASE...
 * </pre>
 *
 * Creates the databases, writes DATA_DIR/infrastructure.env (shell variables: POSTGRES_PORT,
 * DATABASE_USER, DATABASE_PASSWORD, KAFKA_BOOTSTRAP_SERVERS, and SERVICE_PORT: a free port for the
 * container) once both servers accept clients, and stops them cleanly on SIGTERM or when its
 * standard input closes.
 */
public final class EmbeddedInfrastructure {

  public static void main(String[] args) throws IOException {
    if (args.length < 1) {
      throw new IllegalArgumentException("usage: EmbeddedInfrastructure DATA_DIR DATABASE...");
    }
    Path data = Path.of(args[0]).toAbsolutePath();
    EmbeddedPostgresServer postgres = EmbeddedPostgresServer.start(data.resolve("postgres"), 0);
    EmbeddedKafkaBroker kafka = EmbeddedKafkaBroker.start(data.resolve("kafka"), 0);
    Thread stop =
        new Thread(
            () -> {
              kafka.close();
              postgres.close();
            });
    Runtime.getRuntime().addShutdownHook(stop);
    for (int i = 1; i < args.length; i++) {
      postgres.createDatabaseIfAbsent(args[i]);
    }
    List<String> variables = new ArrayList<>();
    variables.add("POSTGRES_PORT=" + postgres.port());
    variables.add("DATABASE_USER=" + postgres.username());
    variables.add("DATABASE_PASSWORD=" + postgres.password());
    variables.add("KAFKA_BOOTSTRAP_SERVERS=" + kafka.bootstrapServers());
    variables.add("SERVICE_PORT=" + freePort());
    Path ready = data.resolve("infrastructure.env");
    Path written = data.resolve("infrastructure.env.tmp");
    Files.write(written, variables);
    Files.move(written, ready, StandardCopyOption.ATOMIC_MOVE);
    System.out.println("infrastructure ready: " + String.join(" ", variables));
    while (System.in.read() != -1) {
      // wait for the caller to close standard input
    }
    System.exit(0);
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }
}
