package nl.provincie.ethiek.infra.embedded;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.MetadataVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real single-node Kafka broker in KRaft mode ({@code process.roles=broker,controller}) running
 * inside this JVM, with its logs in a directory chosen by the caller.
 *
 * <p>The directory is formatted (with a new cluster id) only when it holds no {@code
 * meta.properties} yet; later starts on the same directory keep the cluster id, the topics and the
 * records. The quorum is static ({@code controller.quorum.voters}), so the controller port may
 * differ from one start to the next. Both listeners bind to 127.0.0.1 only.
 */
public final class EmbeddedKafkaBroker implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(EmbeddedKafkaBroker.class);
  private static final int NODE_ID = 1;
  private static final String HOST = "127.0.0.1";
  private static final String BROKER_LISTENER = "PLAINTEXT";
  private static final String CONTROLLER_LISTENER = "CONTROLLER";
  private static final String META_PROPERTIES = "meta.properties";

  private final KafkaRaftServer server;
  private final Path logDirectory;
  private final int port;
  private final String clusterId;
  private final AtomicBoolean closed = new AtomicBoolean();

  private EmbeddedKafkaBroker(KafkaRaftServer server, Path logDirectory, int port, String id) {
    this.server = server;
    this.logDirectory = logDirectory;
    this.port = port;
    this.clusterId = id;
  }

  /**
   * Starts the broker on {@code logDirectory}, formatting it first if it was never formatted.
   * Returns once the broker accepts clients.
   *
   * @param logDirectory holds the metadata log and the topic logs; created when missing and kept on
   *     {@link #close()}
   * @param port the client port on 127.0.0.1, or 0 to pick a free one (the controller always gets a
   *     free port of its own)
   */
  public static EmbeddedKafkaBroker start(Path logDirectory, int port) {
    Objects.requireNonNull(logDirectory, "logDirectory");
    EmbeddedPostgresServer.checkPort(port);
    Path directory = logDirectory.toAbsolutePath().normalize();
    long started = System.nanoTime();
    try {
      Files.createDirectories(directory);
      int brokerPort = port == 0 ? freePort(-1) : port;
      int controllerPort = freePort(brokerPort);
      KafkaConfig config =
          new KafkaConfig(
              settings(
                  directory,
                  NODE_ID,
                  brokerPort,
                  controllerPort,
                  voter(NODE_ID, controllerPort),
                  1),
              false);

      boolean formatted = Files.isRegularFile(directory.resolve(META_PROPERTIES));
      if (!formatted) {
        format(directory, NODE_ID, Uuid.randomUuid().toString());
      }
      KafkaRaftServer server = new KafkaRaftServer(config, Time.SYSTEM);
      try {
        server.startup();
      } catch (RuntimeException e) {
        stop(server);
        throw e;
      }
      String clusterId = readClusterId(directory);
      LOG.info(
          "Kafka broker ready on {}:{} in {} ms ({} cluster {} in {})",
          HOST,
          brokerPort,
          (System.nanoTime() - started) / 1_000_000,
          formatted ? "existing" : "new",
          clusterId,
          directory);
      return new EmbeddedKafkaBroker(server, directory, brokerPort, clusterId);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not start Kafka in " + directory, e);
    }
  }

  /** The {@code bootstrap.servers} value for clients, e.g. {@code 127.0.0.1:9092}. */
  public String bootstrapServers() {
    return HOST + ":" + port;
  }

  public int port() {
    return port;
  }

  /** The cluster id written when the directory was formatted; stable across restarts. */
  public String clusterId() {
    return clusterId;
  }

  public Path logDirectory() {
    return logDirectory;
  }

  /** Shuts the broker down cleanly; the log directory is kept. Calling it again does nothing. */
  @Override
  public void close() {
    if (closed.compareAndSet(false, true)) {
      long started = System.nanoTime();
      stop(server);
      LOG.info("Kafka broker stopped in {} ms", (System.nanoTime() - started) / 1_000_000);
    }
  }

  static String voter(int nodeId, int controllerPort) {
    return nodeId + "@" + HOST + ":" + controllerPort;
  }

  /**
   * One combined broker and controller node; {@code replicas} is the cluster's size, which sets
   * every replication factor (at most 3) and the minimum in-sync replicas (at most 2).
   */
  static Map<String, Object> settings(
      Path directory, int nodeId, int brokerPort, int controllerPort, String voters, int replicas) {
    Map<String, Object> settings = new HashMap<>();
    settings.put("process.roles", "broker,controller");
    settings.put("node.id", String.valueOf(nodeId));
    settings.put("controller.quorum.voters", voters);
    settings.put("controller.listener.names", CONTROLLER_LISTENER);
    settings.put("inter.broker.listener.name", BROKER_LISTENER);
    settings.put(
        "listeners",
        BROKER_LISTENER
            + "://"
            + HOST
            + ":"
            + brokerPort
            + ","
            + CONTROLLER_LISTENER
            + "://"
            + HOST
            + ":"
            + controllerPort);
    settings.put("advertised.listeners", BROKER_LISTENER + "://" + HOST + ":" + brokerPort);
    settings.put(
        "listener.security.protocol.map",
        BROKER_LISTENER + ":PLAINTEXT," + CONTROLLER_LISTENER + ":PLAINTEXT");
    settings.put("log.dirs", directory.toString());
    settings.put("metadata.log.dir", directory.toString());

    // One node: every replication factor and ISR is one; three or more: 3 and 2 (docs/adr/0025).
    String factor = String.valueOf(Math.min(3, replicas));
    String minInSync = String.valueOf(Math.min(2, replicas));
    settings.put("default.replication.factor", factor);
    settings.put("min.insync.replicas", minInSync);
    settings.put("offsets.topic.replication.factor", factor);
    settings.put("offsets.topic.num.partitions", "5");
    settings.put("transaction.state.log.replication.factor", factor);
    settings.put("transaction.state.log.min.isr", minInSync);
    settings.put("transaction.state.log.num.partitions", "5");
    settings.put("group.initial.rebalance.delay.ms", "0");
    settings.put("auto.create.topics.enable", "true");
    settings.put("num.partitions", "3");

    // Small footprint and quick start/stop on a developer machine.
    settings.put("num.network.threads", "2");
    settings.put("num.io.threads", "4");
    settings.put("background.threads", "2");
    settings.put("log.cleaner.threads", "1");
    settings.put("log.cleaner.dedupe.buffer.size", String.valueOf(8 * 1024 * 1024));
    settings.put("broker.heartbeat.interval.ms", "500");
    settings.put("broker.session.timeout.ms", "6000");
    return settings;
  }

  static void format(Path directory, int nodeId, String clusterId) {
    ByteArrayOutputStream output = new ByteArrayOutputStream();
    try (PrintStream print = new PrintStream(output, true, StandardCharsets.UTF_8)) {
      new Formatter()
          .setPrintStream(print)
          .setNodeId(nodeId)
          .setClusterId(clusterId)
          .setReleaseVersion(MetadataVersion.LATEST_PRODUCTION)
          .setControllerListenerName(CONTROLLER_LISTENER)
          .setMetadataLogDirectory(directory.toString())
          .addDirectory(directory.toString())
          .run();
    } catch (Exception e) {
      throw new IllegalStateException(
          "Could not format Kafka storage in " + directory + ": " + output, e);
    }
    LOG.debug("Formatted {}: {}", directory, output.toString(StandardCharsets.UTF_8).trim());
  }

  static String readClusterId(Path directory) throws IOException {
    Properties meta = new Properties();
    try (InputStream in = Files.newInputStream(directory.resolve(META_PROPERTIES))) {
      meta.load(in);
    }
    return meta.getProperty("cluster.id");
  }

  static void stop(KafkaRaftServer server) {
    server.shutdown();
    server.awaitShutdown();
  }

  static int freePort(int other) throws IOException {
    InetAddress loopback = InetAddress.getByName(HOST);
    while (true) {
      try (ServerSocket socket = new ServerSocket(0, 1, loopback)) {
        socket.setReuseAddress(true);
        if (socket.getLocalPort() != other) {
          return socket.getLocalPort();
        }
      }
    }
  }
}
