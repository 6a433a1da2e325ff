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
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A platform component running as its own operating-system process, supervised: when the process
 * exits without being asked to, it is started again after a pause that doubles from 1 s up to 30 s
 * and starts over once a process has run for a minute (docs/adr/0026). Each exit and restart is
 * written to the launcher's output and to the component's log.
 */
final class ServiceProcess {

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
  static final Duration FIRST_PAUSE = Duration.ofSeconds(1);
  static final Duration LONGEST_PAUSE = Duration.ofSeconds(30);
  static final Duration STABLE_AFTER = Duration.ofMinutes(1);
  private static final java.util.concurrent.Executor SUPERVISOR =
      java.util.concurrent.Executors.newCachedThreadPool(
          work -> {
            Thread thread = new Thread(work, "launcher-supervisor");
            thread.setDaemon(true);
            return thread;
          });

  private final ServiceSpec spec;
  private final ProcessBuilder builder;
  private final Path log;
  private volatile Process process;
  private volatile Instant startedAt;
  private volatile boolean stopping;
  private final AtomicInteger restarts = new AtomicInteger();
  private Duration pause = FIRST_PAUSE;

  private ServiceProcess(ServiceSpec spec, ProcessBuilder builder, Path log) {
    this.spec = spec;
    this.builder = builder;
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
    } catch (IOException e) {
      throw new IllegalStateException("Could not start " + spec.name(), e);
    }
    ServiceProcess service = new ServiceProcess(spec, builder, log);
    service.launch();
    return service;
  }

  private synchronized void launch() {
    try {
      Process started = builder.start();
      process = started;
      startedAt = Instant.now();
      started.onExit().thenAcceptAsync(this::exited, SUPERVISOR);
    } catch (IOException e) {
      throw new IllegalStateException("Could not start " + spec.name(), e);
    }
  }

  private void exited(Process gone) {
    if (stopping || gone != process) {
      return;
    }
    Duration wait;
    synchronized (this) {
      if (Duration.between(startedAt, Instant.now()).compareTo(STABLE_AFTER) >= 0) {
        pause = FIRST_PAUSE;
      }
      wait = pause;
      pause =
          pause.multipliedBy(2).compareTo(LONGEST_PAUSE) > 0
              ? LONGEST_PAUSE
              : pause.multipliedBy(2);
    }
    report(
        spec.name()
            + " (pid "
            + gone.pid()
            + ") exited with code "
            + gone.exitValue()
            + "; starting it again in "
            + wait.toMillis()
            + " ms");
    sleep(wait.toMillis());
    if (stopping) {
      return;
    }
    try {
      launch();
      restarts.incrementAndGet();
      report(spec.name() + " started again (pid " + process.pid() + ")");
    } catch (RuntimeException e) {
      report(spec.name() + " could not be started again: " + e.getMessage());
    }
  }

  private void report(String line) {
    String stamped = Instant.now() + " launcher: " + line;
    System.out.println(stamped);
    try {
      Files.writeString(
          log,
          stamped + System.lineSeparator(),
          java.nio.file.StandardOpenOption.CREATE,
          java.nio.file.StandardOpenOption.APPEND);
    } catch (IOException e) {
      // the line went to the launcher's output
    }
  }

  /** How many times the supervisor started this component again. */
  int restarts() {
    return restarts.get();
  }

  /** The operating-system process id of the current process. */
  long pid() {
    return process.pid();
  }

  /** Kills the current process at once (SIGKILL), as a crash would; the supervisor restarts it. */
  void kill() {
    process.destroyForcibly();
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
      Process process = this.process;
      if (!process.isAlive() && restarts.get() == 0) {
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

  /** Whether the current process answers its health check now. */
  boolean healthy() {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(spec.healthUrl())).timeout(Duration.ofSeconds(2)).build();
    try {
      return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** Asks the process to stop (SIGTERM, so it shuts down cleanly) and waits for it. */
  void stop(Duration grace) {
    stopping = true;
    Process process = this.process;
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
