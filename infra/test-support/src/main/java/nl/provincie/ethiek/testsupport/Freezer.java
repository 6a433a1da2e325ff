package nl.provincie.ethiek.testsupport;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Freezes a server process and everything it started (SIGSTOP), as a hung machine or a stalled disk
 * would: its sockets stay open and nothing answers. {@link #close()} lets it go on (SIGCONT).
 */
public final class Freezer implements AutoCloseable {

  private final List<Long> pids;

  private Freezer(List<Long> pids) {
    this.pids = pids;
  }

  /** Stops {@code process} and its descendants (a PostgreSQL postmaster's backends, say). */
  public static Freezer freeze(ProcessHandle process) {
    List<Long> pids = new ArrayList<>();
    Stream.concat(Stream.of(process), process.descendants()).forEach(p -> pids.add(p.pid()));
    signal("-STOP", pids);
    return new Freezer(pids);
  }

  @Override
  public void close() {
    signal("-CONT", pids);
  }

  private static void signal(String signal, List<Long> pids) {
    List<String> command = new ArrayList<>(List.of("kill", signal));
    pids.forEach(p -> command.add(Long.toString(p)));
    try {
      int exit = new ProcessBuilder(command).inheritIO().start().waitFor();
      if (exit != 0) {
        throw new IllegalStateException(String.join(" ", command) + " exited with " + exit);
      }
    } catch (IOException e) {
      throw new IllegalStateException("Could not run kill", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while signalling " + pids, e);
    }
  }
}
