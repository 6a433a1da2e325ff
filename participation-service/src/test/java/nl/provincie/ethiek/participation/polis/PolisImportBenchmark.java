package nl.provincie.ethiek.participation.polis;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.provincie.ethiek.infra.embedded.EmbeddedPostgresServer;
import nl.provincie.ethiek.participation.benchmark.CpuAccount;
import nl.provincie.ethiek.participation.opinion.Vote;
import nl.provincie.ethiek.participation.opinion.cli.PolisExport;
import nl.provincie.ethiek.participation.vote.store.VoteStore;
import nl.provincie.ethiek.testsupport.RealInfrastructure;
import org.junit.jupiter.api.Test;

/**
 * The pol.is import of a 10M-vote export over HTTP into the running service (issue 15, item 1;
 * docs/adr/0056): comments.csv, then votes.csv streamed from disk, timed from the first byte sent
 * to the answer, with the service's heap and the JVM's resident memory sampled while it runs. The
 * baseline, measured in the same run on an equally fresh database, is the floor of the database
 * work: the same rows, already parsed, written by the same binary {@code COPY} and the same
 * current-vote statement over plain JDBC, without HTTP, CSV or participants. Each measurement gets
 * a fresh database and a freshly started service; the analysis is off, so no rebuild of the map
 * runs into the next measurement.
 *
 * <p>Not part of {@code ./mvnw verify}. Run: {@code ./mvnw -o verify -pl
 * participation-service/opinion-engine,participation-service -Dtest=PolisImportBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false} (optional -Dbenchmark.runs=3, -Dbenchmark.export=folder
 * with comments.csv and votes.csv; by default the synthetic export of {@code SyntheticPolisExport}
 * with seed 42, 100,000 participants x 2,000 statements, written once to
 * target/polis-import-benchmark by the opinion engine's test classes).
 */
class PolisImportBenchmark {

  private static final int RUNS = Integer.getInteger("benchmark.runs", 3);
  private static final Pattern ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");
  private static final Pattern VOTES = Pattern.compile("\"votes\":(\\d+)");
  private static final String MODERATOR =
      "Basic " + Base64.getEncoder().encodeToString("moderator:demo-moderator".getBytes());
  private static final double MB = 1024 * 1024;

  /**
   * -Dbenchmark.postgres=tuned starts a PostgreSQL of its own with these settings instead of the
   * shared test server's defaults (128 MB shared buffers, 1 GB max WAL): to show what the
   * database's configuration does to an import of this size.
   */
  private static final String TUNING =
      System.getProperty(
          "benchmark.postgres-settings",
          "shared_buffers=2GB,max_wal_size=8GB,checkpoint_timeout=30min");

  /** The PostgreSQL server a measurement uses. */
  private record Postgres(
      java.util.function.Function<String, String> jdbcUrl,
      String username,
      String password,
      java.util.function.Consumer<String> create,
      String settings) {}

  private static Postgres postgres() throws Exception {
    RealInfrastructure infra = RealInfrastructure.shared();
    if (!"tuned".equals(System.getProperty("benchmark.postgres"))) {
      return new Postgres(
          infra::jdbcUrl, infra.username(), infra.password(), db -> {}, "the test server's");
    }
    Path directory = Files.createTempDirectory("polis-import-postgres");
    try (EmbeddedPostgresServer first = EmbeddedPostgresServer.start(directory, 0);
        Connection c =
            DriverManager.getConnection(
                first.jdbcUrl("postgres"), first.username(), first.password());
        Statement s = c.createStatement()) {
      for (String setting : TUNING.split(",")) {
        String[] pair = setting.split("=");
        s.execute("alter system set " + pair[0] + " = '" + pair[1] + "'");
      }
    }
    EmbeddedPostgresServer tuned = EmbeddedPostgresServer.start(directory, 0);
    Runtime.getRuntime().addShutdownHook(new Thread(tuned::close));
    return new Postgres(
        tuned::jdbcUrl, tuned.username(), tuned.password(), tuned::createDatabaseIfAbsent, TUNING);
  }

  private static int databases;

  private record Run(
      double seconds, long rows, long peakHeapBytes, long peakRssBytes, long serviceCpu, long pg) {
    double rowsPerSecond() {
      return rows / seconds;
    }
  }

  @Test
  void imports_ten_million_votes_streamed() throws Exception {
    Path export = export();
    Path votes = export.resolve("votes.csv");
    System.out.printf(
        Locale.ROOT,
        "%nPOL.IS IMPORT BENCHMARK: %s (%.0f MB), %d runs, load before: %s%n",
        votes,
        Files.size(votes) / MB,
        RUNS,
        loadAverage());
    Postgres postgres = postgres();
    System.out.println("  PostgreSQL settings: " + postgres.settings());
    List<Run> imports = new ArrayList<>();
    List<Run> floors = new ArrayList<>();
    for (int run = 1; run <= RUNS; run++) {
      Run imported = withService(postgres, export, false);
      imports.add(imported);
      print("import over HTTP, run " + run, imported);
      Run floor = withService(postgres, export, true);
      floors.add(floor);
      print("floor: COPY + current votes, run " + run, floor);
    }
    Run medianImport = median(imports);
    Run medianFloor = median(floors);
    System.out.printf(Locale.ROOT, "%nMEDIANS of %d (load after: %s)%n", RUNS, loadAverage());
    print("import over HTTP", medianImport);
    print("floor", medianFloor);
    System.out.printf(
        Locale.ROOT,
        "  ratio import / floor   %.2f (wall time)%n  max heap (-Xmx)        %.0f MB%n",
        medianImport.seconds() / medianFloor.seconds(),
        Runtime.getRuntime().maxMemory() / MB);
    assertThat(medianImport.rows()).isEqualTo(medianFloor.rows());
  }

  /** One measurement on a fresh database with a freshly started service. */
  private static Run withService(Postgres postgres, Path export, boolean floor) throws Exception {
    RealInfrastructure infra = RealInfrastructure.shared();
    String database = (floor ? "importfloor_" : "importbench_") + ++databases;
    if (postgres.settings().equals(TUNING)) {
      postgres.create().accept(database);
    } else {
      database = infra.newDatabase(floor ? "importfloor" : "importbench");
    }
    Map<String, Object> properties = new HashMap<>(infra.micronautProperties(database));
    properties.put("datasources.default.url", postgres.jdbcUrl().apply(database));
    properties.put("datasources.default.username", postgres.username());
    properties.put("datasources.default.password", postgres.password());
    properties.put("platform.demo-accounts.enabled", "true");
    properties.put("platform.analysis.enabled", "false");
    try (ApplicationContext context = ApplicationContext.run(properties, "benchmark")) {
      String base = context.getBean(EmbeddedServer.class).start().getURL().toString();
      HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
      HttpResponse<String> created =
          http.send(
              post(base + "/api/v1/conversations/import/polis?topic=Benchmark")
                  .POST(HttpRequest.BodyPublishers.ofFile(export.resolve("comments.csv")))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
      Matcher id = ID.matcher(created.body());
      assertThat(id.find()).isTrue();
      UUID conversation = UUID.fromString(id.group(1));
      System.gc();
      return floor
          ? floor(postgres, database, conversation, export.resolve("votes.csv"))
          : overHttp(http, base, conversation, export.resolve("votes.csv"));
    } finally {
      drop(postgres, database);
    }
  }

  private static Run overHttp(HttpClient http, String base, UUID conversation, Path votes)
      throws Exception {
    Sampler sampler = Sampler.start();
    CpuAccount cpu = CpuAccount.start();
    long start = System.nanoTime();
    HttpResponse<String> imported =
        http.send(
            post(base + "/api/v1/conversations/" + conversation + "/import/polis-votes")
                .POST(HttpRequest.BodyPublishers.ofFile(votes))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    double seconds = (System.nanoTime() - start) / 1e9;
    Map<CpuAccount.Part, Long> spent = cpu.sinceStart();
    sampler.stop();
    assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
    Matcher count = VOTES.matcher(imported.body());
    assertThat(count.find()).isTrue();
    return new Run(
        seconds,
        Long.parseLong(count.group(1)),
        sampler.peakHeap(),
        sampler.peakRss(),
        spent.get(CpuAccount.Part.SERVICE),
        spent.get(CpuAccount.Part.POSTGRESQL));
  }

  /** The same rows, parsed beforehand, through the same COPY and current-vote statement. */
  private static Run floor(Postgres postgres, String database, UUID conversation, Path votes)
      throws Exception {
    List<Vote> rows = PolisExport.readVotes(votes);
    try (Connection c =
        DriverManager.getConnection(
            postgres.jdbcUrl().apply(database), postgres.username(), postgres.password())) {
      c.setAutoCommit(false);
      Map<Integer, UUID> statements = new HashMap<>();
      try (PreparedStatement s =
          c.prepareStatement("select number, id from statement where conversation_id = ?")) {
        s.setObject(1, conversation);
        try (ResultSet rs = s.executeQuery()) {
          while (rs.next()) {
            statements.put(rs.getInt(1), rs.getObject(2, UUID.class));
          }
        }
      }
      Sampler sampler = Sampler.start();
      CpuAccount cpu = CpuAccount.start();
      long start = System.nanoTime();
      try (VoteCopy copy = new VoteCopy(VoteStore.copyHistory(c), conversation, statements)) {
        for (Vote v : rows) {
          copy.vote(
              v.castAtMillis(),
              v.statement().value(),
              (int) v.participant().value(),
              v.choice().sign());
        }
        copy.finish();
      }
      c.createStatement().executeQuery(VoteStore.SORT_MEMORY).close();
      try (PreparedStatement s = c.prepareStatement(VoteStore.CURRENT_VOTES)) {
        s.setObject(1, conversation);
        s.executeUpdate();
      }
      c.commit();
      double seconds = (System.nanoTime() - start) / 1e9;
      Map<CpuAccount.Part, Long> spent = cpu.sinceStart();
      sampler.stop();
      return new Run(
          seconds,
          rows.size(),
          sampler.peakHeap(),
          sampler.peakRss(),
          spent.get(CpuAccount.Part.SERVICE),
          spent.get(CpuAccount.Part.POSTGRESQL));
    }
  }

  private static HttpRequest.Builder post(String url) {
    return HttpRequest.newBuilder(URI.create(url))
        .header("Authorization", MODERATOR)
        .header("Content-Type", "text/csv");
  }

  private static void drop(Postgres postgres, String database) {
    try (Connection c =
            DriverManager.getConnection(
                postgres.jdbcUrl().apply("postgres"), postgres.username(), postgres.password());
        Statement s = c.createStatement()) {
      s.execute("drop database if exists " + database + " with (force)");
    } catch (Exception e) {
      System.out.println("  could not drop " + database + ": " + e.getMessage());
    }
  }

  private static void print(String what, Run run) {
    System.out.printf(
        Locale.ROOT,
        "  %-36s %6.1f s  %,9.0f rows/s  %,d rows  peak heap %,.0f MB  peak RSS %,.0f MB"
            + "  CPU JVM %.1f s  PostgreSQL %.1f s%n",
        what,
        run.seconds(),
        run.rowsPerSecond(),
        run.rows(),
        run.peakHeapBytes() / MB,
        run.peakRssBytes() / MB,
        run.serviceCpu() / 1e9,
        run.pg() / 1e9);
  }

  private static Run median(List<Run> runs) {
    List<Run> sorted = new ArrayList<>(runs);
    sorted.sort((a, b) -> Double.compare(a.seconds(), b.seconds()));
    return sorted.get(sorted.size() / 2);
  }

  private static String loadAverage() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).trim();
    } catch (IOException e) {
      return "unknown";
    }
  }

  /** The export folder: given, or the synthetic one, written once by the engine's generator. */
  private static Path export() throws Exception {
    String given = System.getProperty("benchmark.export");
    if (given != null) {
      return Path.of(given);
    }
    Path folder = Path.of("target/polis-import-benchmark/synthetic-42").toAbsolutePath();
    if (Files.isRegularFile(folder.resolve("votes.csv"))) {
      return folder;
    }
    Path engine = Path.of("opinion-engine/target").toAbsolutePath();
    String java = ProcessHandle.current().info().command().orElse("java");
    Process generator =
        new ProcessBuilder(
                java,
                "-cp",
                engine.resolve("test-classes") + ":" + engine.resolve("classes"),
                "nl.provincie.ethiek.participation.opinion.bench.SyntheticPolisExport",
                folder.toString())
            .inheritIO()
            .start();
    assertThat(generator.waitFor()).as("SyntheticPolisExport").isZero();
    return folder;
  }

  /** Samples the heap in use and this JVM's resident memory every 50 ms. */
  private static final class Sampler {
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final AtomicLong heap = new AtomicLong();
    private final AtomicLong rss = new AtomicLong();
    private Thread thread;

    static Sampler start() {
      Sampler sampler = new Sampler();
      MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
      sampler.thread =
          new Thread(
              () -> {
                while (sampler.running.get()) {
                  sampler.heap.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                  sampler.rss.accumulateAndGet(residentBytes(), Math::max);
                  try {
                    Thread.sleep(50);
                  } catch (InterruptedException e) {
                    return;
                  }
                }
              },
              "load-memory-sampler");
      sampler.thread.setDaemon(true);
      sampler.thread.start();
      return sampler;
    }

    void stop() throws InterruptedException {
      running.set(false);
      thread.join();
    }

    long peakHeap() {
      return heap.get();
    }

    long peakRss() {
      return rss.get();
    }

    private static long residentBytes() {
      try {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
          if (line.startsWith("VmRSS:")) {
            return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
          }
        }
      } catch (IOException | RuntimeException e) {
        return 0;
      }
      return 0;
    }
  }
}
