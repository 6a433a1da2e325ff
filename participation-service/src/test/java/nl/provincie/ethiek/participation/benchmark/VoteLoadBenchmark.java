package nl.provincie.ethiek.participation.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.provincie.ethiek.servicekit.events.EventTopics;
import nl.provincie.ethiek.testsupport.ApiClient;
import nl.provincie.ethiek.testsupport.KafkaTopics;
import nl.provincie.ethiek.testsupport.RealInfrastructure;
import org.junit.jupiter.api.Test;

/**
 * Load on the running participation service over loopback: votes per second with latency
 * percentiles, next-statement latency under that load, then a check that the database and the
 * VoteCast events hold exactly the accepted votes. The baseline, measured in the same run with the
 * same concurrency, is a bare JDBC insert into the same PostgreSQL: the ratio shows what the HTTP,
 * validation, history, outbox and Kafka path costs on top.
 *
 * <p>Not part of {@code ./mvnw verify}. Run: {@code ./mvnw -f participation-service/pom.xml test
 * -Dtest=VoteLoadBenchmark -Dsurefire.failIfNoSpecifiedTests=false} (optional
 * -Dbenchmark.seconds=20 -Dbenchmark.rate=2000 -Dbenchmark.threads=64
 * -Dbenchmark.max-warm-up-seconds=90; -Dbenchmark.timeline=true prints when the slow requests were
 * due, to line them up with GC or database logs).
 */
class VoteLoadBenchmark {

  private static final int SECONDS = Integer.getInteger("benchmark.seconds", 20);
  private static final int THREADS = Integer.getInteger("benchmark.threads", 64);
  private static final int BASELINE_THREADS = 16;

  /** Warm-up runs in rounds of this length until the JIT compiler has settled, at most MAX. */
  private static final int WARM_UP_ROUND_SECONDS = 5;

  private static final int MAX_WARM_UP_SECONDS =
      Integer.getInteger("benchmark.max-warm-up-seconds", 90);

  /** JIT compile time per second of load below which the service counts as warm. */
  private static final long SETTLED_COMPILE_MILLIS_PER_SECOND = 20;

  private static final int RATE = Integer.getInteger("benchmark.rate", 2_000);
  private static final int NEXT_RATE = Integer.getInteger("benchmark.next-rate", 100);
  private static final int PARTICIPANTS = 4_000;

  /** Extra service settings for experiments, e.g. -Dbenchmark.set=platform.analysis.interval=1h */
  private static final Map<String, Object> EXTRA = extraSettings();

  private static Map<String, Object> extraSettings() {
    Map<String, Object> extra = new java.util.HashMap<>();
    String spec = System.getProperty("benchmark.set", "");
    for (String pair : spec.split(",")) {
      int eq = pair.indexOf('=');
      if (eq > 0) {
        extra.put(pair.substring(0, eq), pair.substring(eq + 1));
      }
    }
    return extra;
  }

  private static final int STATEMENTS = 200;
  private static final Pattern ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");
  private static final Pattern TOKEN = Pattern.compile("\"token\":\"([^\"]+)\"");

  @Test
  void sustained_votes_per_second_with_nothing_lost_or_doubled() throws Exception {
    RealInfrastructure infra = RealInfrastructure.shared();
    String database = infra.newDatabase("votebench");
    Map<String, Object> properties = new java.util.HashMap<>(infra.micronautProperties(database));
    properties.put("platform.demo-accounts.enabled", "true");
    properties.put("micronaut.server.port", "-1");
    properties.put("datasources.default.maximum-pool-size", "24");
    properties.putAll(EXTRA);

    try (ApplicationContext context = ApplicationContext.run(properties, "benchmark")) {
      EmbeddedServer server = context.getBean(EmbeddedServer.class).start();
      String base = server.getURL().toString();
      ApiClient moderator = ApiClient.basic(base, "moderator", "demo-moderator");
      String conversation = setUp(moderator);
      List<String> statements = acceptedStatements(base, conversation);
      List<String> tokens = tokens(base);

      double baseline = bareInsertsPerSecond(infra, database);
      WarmUp warmUp = warmUp(base, conversation, statements, tokens);
      steadyStateWal(infra, database);
      long compiledBefore = compileMillis();
      Load load = runLoad(base, conversation, statements, tokens, SECONDS, 0);
      long compiledDuring = compileMillis() - compiledBefore;
      long backlog = count(infra, database, "select count(*) from outbox_event");
      long stored = countVotes(infra, database, conversation, "count(*)") - warmUp.accepted();
      // every vote of one group-commit batch carries the batch's time
      long batches = countVotes(infra, database, conversation, "count(distinct cast_at)");
      int events =
          countEvents(infra, conversation, warmUp.accepted() + load.accepted()) - warmUp.accepted();

      // over the time until the last answer: a service that falls behind takes longer than SECONDS
      double votesPerSecond = load.accepted() / load.seconds();
      System.out.printf(
          "%nVOTE LOAD (%d s, %,d votes per second offered over %d connections, %d participants,"
              + " %d statements)%n",
          SECONDS, RATE, THREADS, PARTICIPANTS, STATEMENTS);
      System.out.printf(
          "  warm-up               %d s at the same rate, until JIT compilation settled"
              + " (%d ms compiling in the last %d s; %d ms during the measurement)%n",
          warmUp.seconds(), warmUp.lastRoundCompileMillis(), WARM_UP_ROUND_SECONDS, compiledDuring);
      System.out.printf(
          "  votes accepted        %,d in %.1f s (%.0f per second), refused %d%n",
          load.accepted(), load.seconds(), votesPerSecond, load.refused());
      System.out.printf(
          "  vote latency          p50 %.1f ms  p99 %.1f ms  max %.1f ms%n",
          load.votes().percentileMillis(50),
          load.votes().percentileMillis(99),
          load.votes().percentileMillis(100));
      System.out.printf(
          "  next-statement        p50 %.1f ms  p99 %.1f ms  (%d calls)%n",
          load.next().percentileMillis(50), load.next().percentileMillis(99), load.next().count());
      System.out.printf("  baseline: bare JDBC   %.0f inserts per second%n", baseline);
      System.out.printf("  ratio votes / bare    %.2f%n", votesPerSecond / baseline);
      System.out.printf(
          "  group commit          %d transactions, %.1f votes per transaction (warm-up included)%n",
          batches, (stored + warmUp.accepted()) / (double) Math.max(1, batches));
      printCpu(load);
      System.out.printf(
          "  outbox backlog        %d events not yet on Kafka when the load ended%n", backlog);
      if (Boolean.getBoolean("benchmark.timeline")) {
        System.out.printf(
            "  load started at JVM uptime %d ms%n  slow votes (due ms: worst ms)%s%n"
                + "  slow next-statement%s%n",
            load.startedAtUptimeMillis(), load.votes().slowWindows(), load.next().slowWindows());
      }
      System.out.printf(
          "  stored votes %d, VoteCast events %d, accepted %d%n", stored, events, load.accepted());

      assertThat(stored).as("votes in the database").isEqualTo(load.accepted());
      assertThat(events).as("VoteCast events").isEqualTo(load.accepted());
    }
  }

  private record WarmUp(int accepted, int seconds, long lastRoundCompileMillis) {}

  /**
   * Load at the full rate, not measured, in rounds until the JIT compiler is done with the hot
   * paths (it took 60-70 % of a core for the first minute, on a machine with two): the figures are
   * of a running service, not of its first minute. Warm-up votes come from participants the
   * measured load does not use.
   */
  private static WarmUp warmUp(
      String base, String conversation, List<String> statements, List<String> tokens)
      throws InterruptedException {
    int accepted = 0;
    int seconds = 0;
    long compiled;
    do {
      long before = compileMillis();
      int firstParticipant = PARTICIPANTS / 2 + (seconds / WARM_UP_ROUND_SECONDS) * THREADS;
      accepted +=
          runLoad(
                  base,
                  conversation,
                  statements,
                  tokens,
                  WARM_UP_ROUND_SECONDS,
                  firstParticipant % PARTICIPANTS)
              .accepted();
      seconds += WARM_UP_ROUND_SECONDS;
      compiled = compileMillis() - before;
    } while (compiled > SETTLED_COMPILE_MILLIS_PER_SECOND * WARM_UP_ROUND_SECONDS
        && seconds < MAX_WARM_UP_SECONDS);
    return new WarmUp(accepted, seconds, compiled);
  }

  /**
   * A database that has run for a while reuses its WAL segment files: each checkpoint renames the
   * old ones for what comes next. A fresh cluster has none to reuse, so every 16 MB of WAL a commit
   * creates a new segment and waits while it is zero-filled and synced (100-300 ms on this
   * machine's disk, for every vote in flight). One checkpoint after the warm-up puts the database
   * in the running state the figures are meant for.
   */
  private static void steadyStateWal(RealInfrastructure infra, String database) throws Exception {
    try (Connection c =
        DriverManager.getConnection(infra.jdbcUrl(database), infra.username(), infra.password())) {
      c.createStatement().execute("checkpoint");
    }
  }

  private static long compileMillis() {
    return java.lang.management.ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
  }

  private record Load(
      int accepted,
      int refused,
      double seconds,
      LatencyRecorder votes,
      LatencyRecorder next,
      Map<CpuAccount.Part, Long> cpu,
      long startedAtUptimeMillis) {}

  /**
   * Open-loop load: votes are offered at {@code RATE} per second whatever the service does, spread
   * over {@code THREADS} connections, each sending on its own schedule. A vote's latency counts
   * from the moment it was due, not from when it was sent, so a service that falls behind shows it
   * in the percentiles (no coordinated omission). Next-statement is asked by one more connection,
   * {@code NEXT_RATE} times a second, for random participants.
   */
  private static Load runLoad(
      String base,
      String conversation,
      List<String> statements,
      List<String> tokens,
      int seconds,
      int firstParticipant)
      throws InterruptedException {
    LatencyRecorder votes = new LatencyRecorder();
    LatencyRecorder next = new LatencyRecorder();
    AtomicInteger accepted = new AtomicInteger();
    AtomicInteger refused = new AtomicInteger();
    AtomicInteger nextFailures = new AtomicInteger();
    long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(200);
    long startedAtUptime =
        java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime() + 200;
    long deadline = start + TimeUnit.SECONDS.toNanos(seconds);
    long interval = TimeUnit.SECONDS.toNanos(1) * THREADS / RATE;
    ExecutorService pool = Executors.newFixedThreadPool(THREADS + 1, named("load-client"));
    java.util.concurrent.CountDownLatch done = new java.util.concurrent.CountDownLatch(THREADS + 1);
    java.util.concurrent.atomic.AtomicLong lastAnswer =
        new java.util.concurrent.atomic.AtomicLong();
    CpuAccount cpu = CpuAccount.start();
    for (int t = 0; t < THREADS; t++) {
      int thread = t;
      pool.submit(
          () -> {
            LoopbackHttp http = new LoopbackHttp(base);
            String path = "/api/v1/conversations/" + conversation + "/votes";
            Random random = new Random(thread);
            // each thread owns its participants, and each walks the statements in order once
            int participant = firstParticipant + thread;
            int statement = 0;
            for (long due = start + interval * thread / THREADS; due < deadline; due += interval) {
              sleepUntil(due);
              if (statement == statements.size()) {
                statement = 0;
                participant += THREADS;
              }
              String body =
                  "{\"statementId\":\"%s\",\"vote\":\"%s\",\"requestId\":\"%s\"}"
                      .formatted(
                          statements.get(statement++),
                          random.nextInt(3) == 0
                              ? "pass"
                              : random.nextBoolean() ? "agree" : "disagree",
                          UUID.randomUUID());
              int status = http.post(path, tokens.get(participant % tokens.size()), body);
              long answered = System.nanoTime();
              votes.record((answered - due) / 1000, (due - start) / 1_000_000, 50_000);
              lastAnswer.accumulateAndGet(answered, Math::max);
              (status == 201 ? accepted : refused).incrementAndGet();
            }
            http.close();
            done.countDown();
            return null;
          });
    }
    pool.submit(
        () -> {
          LoopbackHttp http = new LoopbackHttp(base);
          String path = "/api/v1/conversations/" + conversation + "/next-statement";
          Random random = new Random(99);
          long every = TimeUnit.SECONDS.toNanos(1) / NEXT_RATE;
          for (long due = start; due < deadline; due += every) {
            sleepUntil(due);
            int status = http.get(path, tokens.get(random.nextInt(tokens.size())));
            next.record((System.nanoTime() - due) / 1000, (due - start) / 1_000_000, 20_000);
            if (status != 200) {
              nextFailures.incrementAndGet();
            }
          }
          http.close();
          done.countDown();
          return null;
        });
    assertThat(done.await(seconds + 120, TimeUnit.SECONDS)).as("load finished").isTrue();
    // every load thread is still alive (parked in the pool), so its CPU time counts
    Map<CpuAccount.Part, Long> spent = cpu.sinceStart();
    pool.shutdown();
    assertThat(nextFailures.get()).as("next-statement calls that failed").isZero();
    double elapsed = (lastAnswer.get() - start) / 1e9;
    return new Load(accepted.get(), refused.get(), elapsed, votes, next, spent, startedAtUptime);
  }

  private static void sleepUntil(long due) {
    long wait = due - System.nanoTime();
    if (wait > 0) {
      java.util.concurrent.locks.LockSupport.parkNanos(wait);
    }
  }

  private static java.util.concurrent.ThreadFactory named(String prefix) {
    AtomicInteger count = new AtomicInteger();
    return task -> new Thread(task, prefix + "-" + count.incrementAndGet());
  }

  /**
   * CPU per accepted vote by part, and what the service path (service, broker, database) could
   * sustain on this machine's cores if nothing else ran: the figure that does not depend on how
   * busy the machine was during the run.
   */
  private static void printCpu(Load load) {
    int votes = Math.max(1, load.accepted());
    long path = 0;
    System.out.print("  CPU per vote          ");
    for (CpuAccount.Part part : CpuAccount.Part.values()) {
      long nanos = load.cpu().getOrDefault(part, 0L);
      if (part != CpuAccount.Part.LOAD_GENERATOR) {
        path += nanos;
      }
      System.out.printf("%s %.0f us  ", part.name().toLowerCase(), nanos / 1000.0 / votes);
    }
    int cores = Runtime.getRuntime().availableProcessors();
    System.out.printf(
        "%n  service path          %.0f us CPU per vote -> at most %.0f votes per second on %d"
            + " cores%n",
        path / 1000.0 / votes, cores * 1e9 / (path / (double) votes), cores);
  }

  private static int send(HttpClient http, HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (Exception e) {
      return -1;
    }
  }

  private static String setUp(ApiClient moderator) {
    HttpResponse<String> created =
        moderator.post(
            "/api/v1/conversations",
            "{\"topic\":\"Belasting\",\"descriptionNl\":\"Benchmark\",\"moderationMode\":\"OPEN\"}");
    Matcher id = ID.matcher(created.body());
    assertThat(id.find()).isTrue();
    String conversation = id.group(1);
    for (int i = 0; i < STATEMENTS; i++) {
      moderator.post(
          "/api/v1/conversations/" + conversation + "/statements/seed",
          "{\"text\":\"Stelling nummer "
              + i
              + " over onderwerp "
              + Integer.toHexString(i * 7919)
              + "\",\"meta\":false}");
    }
    moderator.post("/api/v1/conversations/" + conversation + "/open", "");
    return conversation;
  }

  private static List<String> acceptedStatements(String base, String conversation) {
    String body =
        ApiClient.anonymous(base)
            .get("/api/v1/conversations/" + conversation + "/statements")
            .body();
    List<String> ids = new ArrayList<>();
    Matcher m = ID.matcher(body);
    while (m.find()) {
      ids.add(m.group(1));
    }
    assertThat(ids).hasSize(STATEMENTS);
    return ids;
  }

  private static List<String> tokens(String base) {
    ApiClient anonymous = ApiClient.anonymous(base);
    List<String> tokens = new ArrayList<>();
    for (int i = 0; i < PARTICIPANTS; i++) {
      Matcher m = TOKEN.matcher(anonymous.post("/api/v1/participants", "").body());
      assertThat(m.find()).isTrue();
      tokens.add(m.group(1));
    }
    return tokens;
  }

  /** The same concurrency doing the least a vote could: one insert per transaction. */
  private static double bareInsertsPerSecond(RealInfrastructure infra, String database)
      throws Exception {
    try (Connection c =
        DriverManager.getConnection(infra.jdbcUrl(database), infra.username(), infra.password())) {
      c.createStatement()
          .execute(
              "create table bench_insert (id bigserial primary key, v smallint, at timestamptz)");
    }
    AtomicInteger inserts = new AtomicInteger();
    long seconds = Math.max(5, SECONDS / 4);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    ExecutorService pool = Executors.newFixedThreadPool(BASELINE_THREADS);
    for (int t = 0; t < BASELINE_THREADS; t++) {
      pool.submit(
          () -> {
            try (Connection c =
                    DriverManager.getConnection(
                        infra.jdbcUrl(database), infra.username(), infra.password());
                PreparedStatement s =
                    c.prepareStatement("insert into bench_insert (v, at) values (1, now())")) {
              while (System.nanoTime() < deadline) {
                s.executeUpdate();
                inserts.incrementAndGet();
              }
            }
            return null;
          });
    }
    pool.shutdown();
    pool.awaitTermination(seconds + 30, TimeUnit.SECONDS);
    return inserts.get() / (double) seconds;
  }

  private static long count(RealInfrastructure infra, String database, String sql)
      throws Exception {
    try (Connection c =
            DriverManager.getConnection(
                infra.jdbcUrl(database), infra.username(), infra.password());
        ResultSet rs = c.createStatement().executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static long countVotes(
      RealInfrastructure infra, String database, String conversation, String aggregate)
      throws Exception {
    try (Connection c =
            DriverManager.getConnection(
                infra.jdbcUrl(database), infra.username(), infra.password());
        PreparedStatement s =
            c.prepareStatement(
                "select " + aggregate + " from vote where conversation_id = ?::uuid")) {
      s.setString(1, conversation);
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  private static int countEvents(RealInfrastructure infra, String conversation, int expected) {
    // read until every accepted vote's event arrived (or 30 s passed), then a little longer to see
    // doubles
    return KafkaTopics.readMatching(
            infra.bootstrapServers(),
            EventTopics.PARTICIPATION_VOTE_CAST,
            r -> conversation.equals(r.key()),
            expected + 1,
            Duration.ofSeconds(30 + expected / 5_000))
        .size();
  }
}
