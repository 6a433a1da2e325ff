package nl.provincie.ethiek.participation.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * CPU time spent by each part of a benchmark run: the service's threads, the load generator's, the
 * in-process Kafka broker's (all in this JVM, told apart by thread name) and PostgreSQL's processes
 * (from /proc). CPU per vote does not depend on what else the machine is doing, so it tells what
 * the service could sustain on a quiet machine even when the run itself was starved.
 */
public final class CpuAccount {

  /** Where CPU time went. */
  public enum Part {
    SERVICE,
    LOAD_GENERATOR,
    KAFKA_BROKER,
    POSTGRESQL
  }

  private static final long CLOCK_TICK_NANOS = 10_000_000L; // USER_HZ 100 on Linux

  private final Map<Long, Long> threadStart = new HashMap<>();
  private final Map<String, Long> byThread = new HashMap<>();
  private final long postgresStart;

  private CpuAccount() {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    for (long id : threads.getAllThreadIds()) {
      threadStart.put(id, Math.max(0, threads.getThreadCpuTime(id)));
    }
    postgresStart = postgresNanos();
  }

  public static CpuAccount start() {
    return new CpuAccount();
  }

  /** Nanoseconds of CPU per part since {@link #start()}, for threads still alive now. */
  public Map<Part, Long> sinceStart() {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    Map<Part, Long> spent = new HashMap<>();
    for (long id : threads.getAllThreadIds()) {
      ThreadInfo info = threads.getThreadInfo(id);
      long now = threads.getThreadCpuTime(id);
      if (info == null || now < 0) {
        continue;
      }
      long used = now - threadStart.getOrDefault(id, 0L);
      spent.merge(partOf(info.getThreadName()), used, Long::sum);
      if (Boolean.getBoolean("benchmark.cpu-by-thread")) {
        byThread.merge(info.getThreadName().replaceAll("\\d+", "N"), used, Long::sum);
      }
    }
    spent.put(Part.POSTGRESQL, postgresNanos() - postgresStart);
    byThread.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
        .limit(15)
        .forEach(
            e -> System.out.printf("  cpu %-50s %,d ms%n", e.getKey(), e.getValue() / 1_000_000));
    return spent;
  }

  private static Part partOf(String thread) {
    if (thread.startsWith("load-") || thread.startsWith("HttpClient")) {
      return Part.LOAD_GENERATOR;
    }
    if (thread.startsWith("kafka-producer") || thread.startsWith("kafka-coordinator")) {
      return Part.SERVICE; // the service's own Kafka clients
    }
    if (thread.contains("kafka")
        || thread.contains("broker")
        || thread.contains("quorum")
        || thread.contains("raft")
        || thread.startsWith("data-plane")
        || thread.startsWith("controller")
        || thread.startsWith("ExpirationReaper")
        || thread.startsWith("LogDirFailureHandler")
        || thread.startsWith("executor-")
        || thread.startsWith("group-coordinator")
        || thread.startsWith("transaction-")
        || thread.startsWith("share-")) {
      return Part.KAFKA_BROKER;
    }
    return Part.SERVICE;
  }

  /** utime + stime of every process named postgres, from /proc (0 where /proc is missing). */
  private static long postgresNanos() {
    Path proc = Path.of("/proc");
    if (!Files.isDirectory(proc)) {
      return 0;
    }
    long ticks = 0;
    try (Stream<Path> entries = Files.list(proc)) {
      for (Path dir : (Iterable<Path>) entries::iterator) {
        String name = dir.getFileName().toString();
        if (!name.chars().allMatch(Character::isDigit)) {
          continue;
        }
        try {
          String stat = Files.readString(dir.resolve("stat"));
          int close = stat.lastIndexOf(')');
          String comm = stat.substring(stat.indexOf('(') + 1, close);
          if (!comm.startsWith("postgres")) {
            continue;
          }
          String[] fields = stat.substring(close + 2).split(" ");
          // fields[0] is state (field 3); utime and stime are fields 14 and 15
          ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        } catch (IOException | RuntimeException gone) {
          // the process ended while we looked
        }
      }
    } catch (IOException e) {
      return 0;
    }
    return ticks * CLOCK_TICK_NANOS;
  }
}
