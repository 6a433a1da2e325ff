package nl.provincie.ethiek.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A platform component running as its own operating-system process. */
final class ServiceProcess {

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

  private final ServiceSpec spec;
  private final Process process;
  private final Path log;

  private ServiceProcess(ServiceSpec spec, Process process, Path log) {
    this.spec = spec;
    this.process = process;
    this.log = log;
  }

  static ServiceProcess start(ServiceSpec spec, Path platformHome, Path logDirectory) {
    Path jar = platformHome.resolve(spec.module()).resolve("target").resolve(jarName(spec));
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException(
          jar + " is missing: build the platform first (./mvnw -DskipTests package)");
    }
    Path log = logDirectory.resolve(spec.name() + ".log");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder builder =
        new ProcessBuilder(java, "-Xmx384m", "-XX:+UseSerialGC", "-jar", jar.toString())
            .directory(jar.getParent().toFile())
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    builder.environment().putAll(spec.environment());
    try {
      Files.createDirectories(logDirectory);
      return new ServiceProcess(spec, builder.start(), log);
    } catch (IOException e) {
      throw new IllegalStateException("Could not start " + spec.name(), e);
    }
  }

  private static String jarName(ServiceSpec spec) {
    return Path.of(spec.module()).getFileName() + ".jar";
  }

  ServiceSpec spec() {
    return spec;
  }

  Path log() {
    return log;
  }

  /** Waits until the health endpoint answers 200; fails early when the process dies. */
  void awaitHealthy(Duration timeout) {
    Instant deadline = Instant.now().plus(timeout);
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(spec.healthUrl())).timeout(Duration.ofSeconds(2)).build();
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            spec.name()
                + " stopped with exit code "
                + process.exitValue()
                + "; last lines of "
                + log
                + ":\n"
                + tail());
      }
      try {
        if (HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return;
        }
      } catch (IOException e) {
        // not listening yet
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while waiting for " + spec.name(), e);
      }
      sleep(250);
    }
    throw new IllegalStateException(
        spec.name()
            + " was not healthy within "
            + timeout
            + "; last lines of "
            + log
            + ":\n"
            + tail());
  }

  /** Asks the process to stop (SIGTERM, so it shuts down cleanly) and waits for it. */
  void stop(Duration grace) {
    process.destroy();
    try {
      if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
        process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }

  private String tail() {
    try {
      List<String> lines = Files.readAllLines(log);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
    } catch (IOException e) {
      return "(log not readable: " + e.getMessage() + ")";
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
