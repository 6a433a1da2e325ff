package nl.provincie.ethiek.infra.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real Kafka cluster of several KRaft nodes (each a combined broker and controller, a quorum of
 * all of them) inside this JVM, each with its own log directory under the caller's. Replication
 * factor 3 and {@code min.insync.replicas} 2 from three nodes on. A node can be stopped and started
 * again while the others keep serving, as a broker of a real cluster would fail and come back.
 *
 * <p>Ports stay the same for the cluster's lifetime (the quorum is static); a later start on the
 * same directory keeps the cluster id and the data.
 */
public final class EmbeddedKafkaCluster implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(EmbeddedKafkaCluster.class);
  private static final String META_PROPERTIES = "meta.properties";

  private final List<Node> nodes;

  /** One node: its settings never change; its server is replaced when it restarts. */
  private static final class Node {
    final int id;
    final int brokerPort;
    final KafkaConfig config;
    KafkaRaftServer server;

    Node(int id, int brokerPort, KafkaConfig config) {
      this.id = id;
      this.brokerPort = brokerPort;
      this.config = config;
    }

    synchronized void start() {
      if (server == null) {
        KafkaRaftServer fresh = new KafkaRaftServer(config, Time.SYSTEM);
        fresh.startup();
        server = fresh;
      }
    }

    synchronized void stop() {
      if (server != null) {
        EmbeddedKafkaBroker.stop(server);
        server = null;
      }
    }

    synchronized boolean running() {
      return server != null;
    }
  }

  private EmbeddedKafkaCluster(List<Node> nodes) {
    this.nodes = nodes;
  }

  /**
   * Starts {@code size} nodes on {@code directory}/node-1 ... and returns once every one serves.
   *
   * @param firstPort the first node's client port on 127.0.0.1 (the next nodes take the following
   *     ones), or 0 for free ports
   */
  public static EmbeddedKafkaCluster start(Path directory, int size, int firstPort) {
    Objects.requireNonNull(directory, "directory");
    if (size < 1) {
      throw new IllegalArgumentException("a cluster needs at least one node: " + size);
    }
    long started = System.nanoTime();
    Path root = directory.toAbsolutePath().normalize();
    try {
      Files.createDirectories(root);
      List<Integer> brokerPorts = new ArrayList<>();
      List<Integer> controllerPorts = new ArrayList<>();
      for (int i = 0; i < size; i++) {
        brokerPorts.add(firstPort == 0 ? EmbeddedKafkaBroker.freePort(-1) : firstPort + i);
        controllerPorts.add(EmbeddedKafkaBroker.freePort(brokerPorts.get(i)));
      }
      String voters =
          java.util.stream.IntStream.range(0, size)
              .mapToObj(i -> EmbeddedKafkaBroker.voter(i + 1, controllerPorts.get(i)))
              .collect(Collectors.joining(","));
      String clusterId = existingClusterId(root, size);
      List<Node> nodes = new ArrayList<>();
      for (int i = 0; i < size; i++) {
        int id = i + 1;
        Path nodeDirectory = Files.createDirectories(root.resolve("node-" + id));
        if (!Files.isRegularFile(nodeDirectory.resolve(META_PROPERTIES))) {
          EmbeddedKafkaBroker.format(nodeDirectory, id, clusterId);
        }
        nodes.add(
            new Node(
                id,
                brokerPorts.get(i),
                new KafkaConfig(
                    EmbeddedKafkaBroker.settings(
                        nodeDirectory,
                        id,
                        brokerPorts.get(i),
                        controllerPorts.get(i),
                        voters,
                        size),
                    false)));
      }
      EmbeddedKafkaCluster cluster = new EmbeddedKafkaCluster(nodes);
      try {
        // a node's broker waits for the quorum, so the nodes start side by side
        CompletableFuture.allOf(
                nodes.stream()
                    .map(node -> CompletableFuture.runAsync(node::start))
                    .toArray(CompletableFuture[]::new))
            .join();
      } catch (RuntimeException e) {
        cluster.close();
        throw e;
      }
      LOG.info(
          "Kafka cluster of {} nodes ready on {} in {} ms (cluster {})",
          size,
          cluster.bootstrapServers(),
          (System.nanoTime() - started) / 1_000_000,
          clusterId);
      return cluster;
    } catch (IOException e) {
      throw new UncheckedIOException("Could not start a Kafka cluster in " + root, e);
    }
  }

  private static String existingClusterId(Path root, int size) throws IOException {
    for (int id = 1; id <= size; id++) {
      Path meta = root.resolve("node-" + id).resolve(META_PROPERTIES);
      if (Files.isRegularFile(meta)) {
        return EmbeddedKafkaBroker.readClusterId(meta.getParent());
      }
    }
    return Uuid.randomUuid().toString();
  }

  /** Every node's client address, e.g. {@code 127.0.0.1:19092,127.0.0.1:19093,...}. */
  public String bootstrapServers() {
    return nodes.stream()
        .map(node -> "127.0.0.1:" + node.brokerPort)
        .collect(Collectors.joining(","));
  }

  public int size() {
    return nodes.size();
  }

  /** Stops one node (1-based id) cleanly; the others keep serving. */
  public void stopBroker(int id) {
    long started = System.nanoTime();
    node(id).stop();
    LOG.info("Kafka node {} stopped in {} ms", id, (System.nanoTime() - started) / 1_000_000);
  }

  /** Starts a stopped node again; it catches up with the others. */
  public void startBroker(int id) {
    long started = System.nanoTime();
    node(id).start();
    LOG.info("Kafka node {} started in {} ms", id, (System.nanoTime() - started) / 1_000_000);
  }

  public boolean isRunning(int id) {
    return node(id).running();
  }

  private Node node(int id) {
    if (id < 1 || id > nodes.size()) {
      throw new IllegalArgumentException("no Kafka node " + id + " in a cluster of " + size());
    }
    return nodes.get(id - 1);
  }

  /** Stops every node; the data is kept. */
  @Override
  public void close() {
    nodes.parallelStream().forEach(Node::stop);
  }
}
