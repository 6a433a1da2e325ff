package nl.provincie.ethiek.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.provincie.ethiek.infra.embedded.EmbeddedKafkaCluster;
import nl.provincie.ethiek.servicekit.events.EventHeaders;
import nl.provincie.ethiek.servicekit.events.EventTopics;
import nl.provincie.ethiek.testsupport.ApiClient;
import nl.provincie.ethiek.testsupport.KafkaTopics;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;

/**
 * Issue 12, point 5: the cluster layout (two instances of every service, three Kafka brokers, the
 * embedded PostgreSQL) under a steady vote load sent to both participation instances, while one
 * participation instance is killed (SIGKILL; the launcher starts it again) and one broker is
 * stopped and started again. Afterwards no accepted vote is lost or doubled, in PostgreSQL or in
 * the VoteCast events; every conversation's map kept updating; a report published during the fault
 * reached its case once; the keeper ran once per interval. The test prints its figures.
 */
class ClusterFaultIT {

  private static final Path HOME =
      Path.of(System.getProperty("platform.home", "../..")).toAbsolutePath();
  private static final Path OUTPUT =
      Path.of(System.getProperty("platform.test.output", "target/platform-it")).toAbsolutePath();
  private static final Pattern ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");
  private static final Pattern TOKEN = Pattern.compile("\"token\":\"([^\"]+)\"");
  private static final Duration KEEPER_INTERVAL = Duration.ofSeconds(5);
  private static final Duration LOAD = Duration.ofSeconds(70);
  private static final Duration KILL_AT = Duration.ofSeconds(15);
  private static final Duration BROKER_DOWN_AT = Duration.ofSeconds(25);
  private static final Duration REPORT_AT = Duration.ofSeconds(30);
  private static final Duration BROKER_UP_AT = Duration.ofSeconds(45);
  private static final int CONVERSATIONS = 6;
  private static final int VOTING_THREADS = 10;
  private static final int STATEMENTS = 12;
  private static final int RESIDENTS = 120;
  private static final String[] TEXTS = {
    "De provincie moet meer bomen planten langs wegen",
    "Fietspaden verdienen voorrang boven parkeerplaatsen",
    "Windmolens horen niet dicht bij dorpen",
    "Openbaar vervoer hoort gratis te zijn voor jongeren",
    "Algoritmes mogen nooit alleen over uitkeringen beslissen",
    "Camera's op stations maken het veiliger",
    "Boeren verdienen steun bij het verduurzamen",
    "Nieuwe woonwijken horen klimaatbestendig gebouwd te worden",
    "Natuurgebieden moeten beter beschermd worden",
    "Inwoners willen meer inspraak in ruimtelijke plannen",
    "Zonnepanelen op elk provinciehuis dak",
    "Digitale diensten moeten ook zonder smartphone werken"
  };

  @Test
  void no_accepted_vote_is_lost_or_doubled_when_an_instance_dies_and_a_broker_stops()
      throws Exception {
    Path data = Files.createDirectories(OUTPUT).resolve("cluster-" + UUID.randomUUID());
    LauncherOptions options =
        new LauncherOptions(HOME, data, false, Optional.empty(), Optional.empty(), FreePorts.pick())
            .withLayout(2, 3);
    Instant starting = Instant.now();
    try (Platform platform =
        Platform.start(
            options,
            Map.of(
                "CASES_KEEPER_INTERVAL",
                KEEPER_INTERVAL.toSeconds() + "s",
                "CASES_KEEPER_CHECK_EVERY",
                "1s"))) {
      System.out.printf(
          "cluster layout (2 instances of each service, 3 brokers) healthy in %d ms%n",
          Duration.between(starting, Instant.now()).toMillis());
      EmbeddedKafkaCluster kafka = platform.kafkaCluster().orElseThrow();
      List<String> participation =
          List.of(platform.url("participation-service"), platform.url("participation-service-2"));
      ApiClient moderator = ApiClient.basic(participation.get(1), "moderator", "demo-moderator");
      ApiClient officer = ApiClient.basic(platform.url("case-service"), "ethicus", "demo-ethicus");

      String caseId = openCase(officer);
      List<Conversation> conversations = new ArrayList<>();
      for (int i = 0; i < CONVERSATIONS; i++) {
        conversations.add(conversation(moderator, "Belasting " + i, null, STATEMENTS));
      }
      Conversation reported = conversation(moderator, "Verslag tijdens storing", caseId, 3);
      List<String> tokens = tokens(ApiClient.anonymous(participation.get(0)), RESIDENTS);
      for (int r = 0; r < 5; r++) {
        for (String statement : reported.statements()) {
          VoteLoad.castOnce(participation, tokens.get(r), reported.id(), statement);
        }
      }
      long keeperRunsBefore = keeperRuns(platform);
      Instant keeperCountedFrom = Instant.now();

      VoteLoad load = new VoteLoad(participation, conversations, tokens, VOTING_THREADS);
      MapWatch maps = new MapWatch(participation.get(1), conversations);
      ServiceProcess victim = platform.process("participation-service");
      Instant loadStarted = Instant.now();
      load.start();
      maps.start();

      sleepUntil(loadStarted.plus(KILL_AT));
      long killedPid = victim.pid();
      victim.kill();
      Instant killed = Instant.now();
      java.util.concurrent.CompletableFuture<Duration> backAfter =
          java.util.concurrent.CompletableFuture.supplyAsync(
              () -> {
                while (victim.restarts() == 0 || !victim.healthy()) {
                  try {
                    Thread.sleep(250);
                  } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return Duration.ZERO;
                  }
                }
                return Duration.between(killed, Instant.now());
              });
      sleepUntil(loadStarted.plus(BROKER_DOWN_AT));
      kafka.stopBroker(2);
      sleepUntil(loadStarted.plus(REPORT_AT));
      assertThat(
              moderator.post("/api/v1/conversations/" + reported.id() + "/close", "").statusCode())
          .isEqualTo(200);
      HttpResponse<String> published =
          moderator.post("/api/v1/conversations/" + reported.id() + "/report", "");
      assertThat(published.statusCode()).as(published.body()).isIn(200, 201);
      sleepUntil(loadStarted.plus(BROKER_UP_AT));
      kafka.startBroker(2);
      sleepUntil(loadStarted.plus(LOAD));
      VoteLoad.Result votes = load.stop();
      Duration loadTook = Duration.between(loadStarted, Instant.now());
      Duration restartedIn = backAfter.get(90, java.util.concurrent.TimeUnit.SECONDS);

      awaitOutboxEmpty(platform, "participation");
      awaitOutboxEmpty(platform, "cases");
      Map<String, Long> rows = voteRowsByRequest(platform, votes.accepted());
      long doubled = rows.values().stream().filter(n -> n > 1).count();
      long lost = votes.accepted().stream().filter(id -> !rows.containsKey(id)).count();
      long storedVotes = storedVotes(platform, conversations);

      Set<String> keys = new HashSet<>();
      conversations.forEach(c -> keys.add(c.id()));
      List<ConsumerRecord<String, String>> events =
          KafkaTopics.readMatching(
              platform.kafkaBootstrapServers(),
              EventTopics.PARTICIPATION_VOTE_CAST,
              record -> keys.contains(record.key()),
              Integer.MAX_VALUE,
              Duration.ofSeconds(40));
      Set<String> eventIds = new HashSet<>();
      events.forEach(e -> eventIds.add(eventId(e)));

      // every conversation's map caught up with its votes after the faults
      for (Conversation c : conversations) {
        long residents = residentsWithVotes(platform, c.id());
        await().atMost(Duration.ofSeconds(30)).until(() -> maps.participants(c.id()) == residents);
      }
      maps.stop();

      await()
          .atMost(Duration.ofSeconds(60))
          .until(() -> reportAttachments(platform, caseId, reported.id()) >= 1);
      Thread.sleep(3000);
      long attachments = reportAttachments(platform, caseId, reported.id());
      long keeperRuns = keeperRuns(platform) - keeperRunsBefore;
      Duration keeperWindow = Duration.between(keeperCountedFrom, Instant.now());
      double expectedRuns = (double) keeperWindow.toMillis() / KEEPER_INTERVAL.toMillis();

      System.out.printf(
          "votes: %d accepted in %.1f s (%.0f/s) to 2 instances, %d retried on the other instance,"
              + " %d never accepted%n",
          votes.accepted().size(),
          loadTook.toMillis() / 1000.0,
          votes.accepted().size() / (loadTook.toMillis() / 1000.0),
          votes.retried(),
          votes.failed());
      System.out.printf(
          "PostgreSQL: %d vote rows for our conversations, %d accepted requests missing, %d doubled%n",
          storedVotes, lost, doubled);
      System.out.printf(
          "VoteCast events: %d records, %d distinct event ids (%d redelivered duplicates)%n",
          events.size(), eventIds.size(), events.size() - eventIds.size());
      System.out.printf(
          "participation-service (pid %d) killed: restarted and healthy after %d ms%n",
          killedPid, restartedIn.toMillis());
      System.out.printf(
          "opinion maps: longest pause between two new ticks during the load %d ms"
              + " (conversation %s)%n",
          maps.longestPause().toMillis(), maps.longestPauseConversation());
      System.out.printf(
          "report published during the fault: attached to its case %d time(s)%n", attachments);
      System.out.printf(
          "keeper: %d runs in %.1f s at an interval of %d s (%.1f intervals), 2 instances%n",
          keeperRuns, keeperWindow.toMillis() / 1000.0, KEEPER_INTERVAL.toSeconds(), expectedRuns);

      assertThat(votes.accepted()).hasSizeGreaterThan(1000);
      assertThat(lost).as("accepted votes missing in PostgreSQL").isZero();
      assertThat(doubled).as("accepted votes stored twice").isZero();
      assertThat(storedVotes).isGreaterThanOrEqualTo(votes.accepted().size());
      assertThat(eventIds).as("a VoteCast event for every stored vote").hasSize((int) storedVotes);
      assertThat(maps.longestPause()).isLessThan(Duration.ofSeconds(30));
      assertThat(attachments).isEqualTo(1);
      // at most once per interval across both instances (each checks every second), and still
      // running: two instances each running it would make twice the intervals
      assertThat(keeperRuns)
          .as("once per interval, not once per instance")
          .isBetween((long) Math.floor(expectedRuns / 2) - 1, (long) Math.ceil(expectedRuns) + 1);
      assertThat(Files.readString(victim.log()))
          .as("the launcher logged the exit and the restart")
          .contains("exited with code")
          .contains("started again");
    }
  }

  record Conversation(String id, List<String> statements) {}

  private static String openCase(ApiClient officer) {
    HttpResponse<String> opened =
        officer.post(
            "/api/v1/cases",
            """
            {"title":"Slimme belastingcontrole","centralQuestion":"Willen we dit?",
             "subjectType":"ALGORITHM","confidentiality":"INTERNAL","owner":"Team belastingen"}
            """);
    assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
    return first(ID, opened.body());
  }

  private static Conversation conversation(
      ApiClient moderator, String topic, String caseId, int statements) {
    String body =
        caseId == null
            ? "{\"topic\":\"%s\",\"descriptionNl\":\"Storingstest\",\"moderationMode\":\"OPEN\"}"
                .formatted(topic)
            : ("{\"topic\":\"%s\",\"descriptionNl\":\"Storingstest\",\"moderationMode\":\"OPEN\","
                    + "\"caseId\":\"%s\"}")
                .formatted(topic, caseId);
    HttpResponse<String> created = moderator.post("/api/v1/conversations", body);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    String id = first(ID, created.body());
    List<String> ids = new ArrayList<>();
    for (int s = 0; s < statements; s++) {
      HttpResponse<String> seeded =
          moderator.post(
              "/api/v1/conversations/" + id + "/statements/seed",
              "{\"text\":\"%s\",\"meta\":false}".formatted(TEXTS[s]));
      assertThat(seeded.statusCode()).as(seeded.body()).isEqualTo(201);
      ids.add(first(ID, seeded.body()));
    }
    assertThat(moderator.post("/api/v1/conversations/" + id + "/open", "").statusCode())
        .isEqualTo(200);
    return new Conversation(id, List.copyOf(ids));
  }

  private static List<String> tokens(ApiClient anonymous, int count) {
    List<String> tokens = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      HttpResponse<String> issued = anonymous.post("/api/v1/participants", "");
      assertThat(issued.statusCode()).isEqualTo(201);
      tokens.add(first(TOKEN, issued.body()));
    }
    return tokens;
  }

  private static String first(Pattern pattern, String body) {
    Matcher m = pattern.matcher(body);
    assertThat(m.find()).as(body).isTrue();
    return m.group(1);
  }

  private static String eventId(ConsumerRecord<String, String> record) {
    Header header = record.headers().lastHeader(EventHeaders.EVENT_ID);
    return header == null ? "" : new String(header.value(), StandardCharsets.UTF_8);
  }

  private static void sleepUntil(Instant moment) throws InterruptedException {
    long millis = Duration.between(Instant.now(), moment).toMillis();
    if (millis > 0) {
      Thread.sleep(millis);
    }
  }

  // what the databases say

  private static Connection connect(Platform platform, String database) throws SQLException {
    return DriverManager.getConnection(
        platform.databaseUrl(database), platform.databaseUser(), platform.databasePassword());
  }

  private static void awaitOutboxEmpty(Platform platform, String database) {
    await()
        .atMost(Duration.ofSeconds(90))
        .until(() -> count(platform, database, "select count(*) from outbox_event") == 0);
  }

  private static long count(Platform platform, String database, String sql, Object... values)
      throws SQLException {
    try (Connection connection = connect(platform, database);
        PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < values.length; i++) {
        statement.setObject(i + 1, values[i]);
      }
      try (ResultSet rs = statement.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  private static Map<String, Long> voteRowsByRequest(Platform platform, Set<String> accepted)
      throws SQLException {
    Map<String, Long> rows = new java.util.HashMap<>();
    try (Connection connection = connect(platform, "participation");
        PreparedStatement statement =
            connection.prepareStatement(
                "select request_id, count(*) from vote where request_id = any(?) group by"
                    + " request_id")) {
      statement.setArray(
          1,
          connection.createArrayOf(
              "uuid", accepted.stream().map(UUID::fromString).toArray(UUID[]::new)));
      try (ResultSet rs = statement.executeQuery()) {
        while (rs.next()) {
          rows.put(rs.getObject(1, UUID.class).toString(), rs.getLong(2));
        }
      }
    }
    return rows;
  }

  private static long storedVotes(Platform platform, List<Conversation> conversations)
      throws SQLException {
    long total = 0;
    for (Conversation c : conversations) {
      total +=
          count(
              platform,
              "participation",
              "select count(*) from vote where conversation_id = ?",
              UUID.fromString(c.id()));
    }
    return total;
  }

  private static long residentsWithVotes(Platform platform, String conversation)
      throws SQLException {
    return count(
        platform,
        "participation",
        "select count(distinct participant_id) from current_vote where conversation_id = ?",
        UUID.fromString(conversation));
  }

  private static long reportAttachments(Platform platform, String caseId, String conversation)
      throws SQLException {
    return count(
        platform,
        "cases",
        "select count(*) from audit_entry where case_id = ? and action = ?",
        UUID.fromString(caseId),
        "participation report attached: " + conversation);
  }

  private static long keeperRuns(Platform platform) throws SQLException {
    return count(platform, "cases", "select coalesce(sum(runs), 0) from job_run");
  }
}
