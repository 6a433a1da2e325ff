package nl.provincie.ethiek.testsupport;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.provincie.ethiek.infra.embedded.EmbeddedKafkaBroker;

/**
 * A real Kafka broker in a JVM of its own, so that a test can freeze it (see {@link Freezer})
 * without freezing itself. {@link #start()} returns once it accepts clients; closing it kills it.
 */
public final class KafkaInAnotherJvm implements AutoCloseable {

  private static final String READY = "READY ";

  private final Process process;
  private final String bootstrapServers;

  private KafkaInAnotherJvm(Process process, String bootstrapServers) {
    this.process = process;
    this.bootstrapServers = bootstrapServers;
  }

  public static KafkaInAnotherJvm start() throws IOException {
    Path logs = Files.createTempDirectory("kafka-in-another-jvm");
    Process process =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m",
                "-cp",
                System.getProperty("java.class.path"),
                KafkaInAnotherJvm.class.getName(),
                logs.toString())
            .redirectErrorStream(true)
            .start();
    BufferedReader output =
        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    String line;
    while ((line = output.readLine()) != null) {
      if (line.startsWith(READY)) {
        Thread drain = new Thread(() -> output.lines().forEach(l -> {}), "kafka-jvm-output");
        drain.setDaemon(true);
        drain.start();
        return new KafkaInAnotherJvm(process, line.substring(READY.length()).trim());
      }
    }
    throw new IllegalStateException("The broker's JVM ended before it was ready");
  }

  public String bootstrapServers() {
    return bootstrapServers;
  }

  public ProcessHandle process() {
    return process.toHandle();
  }

  @Override
  public void close() throws InterruptedException {
    process.destroyForcibly().waitFor();
  }

  /** The broker's side: start on the given directory, say where, run until killed. */
  public static void main(String[] args) throws Exception {
    EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(Path.of(args[0]), 0);
    System.out.println(READY + broker.bootstrapServers());
    System.out.flush();
    Thread.currentThread().join();
  }
}
