package nl.provincie.ethiek.participation.vote;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
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
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import nl.provincie.ethiek.infra.embedded.EmbeddedPostgresServer;
import nl.provincie.ethiek.testsupport.ApiClient;
import nl.provincie.ethiek.testsupport.Freezer;
import nl.provincie.ethiek.testsupport.RealInfrastructure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * PostgreSQL frozen (SIGSTOP on the postmaster and its backends) while residents vote: no request
 * waits much longer than the writer's maximum wait, the ones not written in time are shed with 503
 * problem+json and Retry-After, and every vote answered 2xx is stored (docs/adr/0042).
 */
class FrozenDatabaseVotesTest {

  private static final Duration MAX_WAIT = Duration.ofSeconds(1);
  private static final Duration MARGIN = Duration.ofMillis(800);
  private static final Duration FROZEN = Duration.ofSeconds(6);
  private static final int CLIENTS = 8;

  private final JsonMapper json = JsonMapper.createDefault();
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private record Answer(
      UUID requestId, int status, Duration took, String body, String retryAfter) {}

  @Test
  void votes_are_shed_after_the_maximum_wait_and_every_accepted_vote_is_stored(
      @TempDir Path directory) throws Exception {
    RealInfrastructure infra = RealInfrastructure.shared();
    try (EmbeddedPostgresServer postgres =
        EmbeddedPostgresServer.start(directory.resolve("pg"), 0)) {
      postgres.createDatabaseIfAbsent("frozenvotes");
      Map<String, Object> properties = new HashMap<>(infra.micronautProperties("frozenvotes"));
      properties.put("datasources.default.url", postgres.jdbcUrl("frozenvotes"));
      properties.put("participation.votes.max-wait", MAX_WAIT.toMillis() + "ms");
      try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, properties)) {
        String url = server.getURL().toString();
        String conversation = openConversation(url, 20);
        List<String> statements = statements(url, conversation);
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
          tokens.add(token(url));
        }

        ConcurrentLinkedQueue<Answer> answers = new ConcurrentLinkedQueue<>();
        long end = System.nanoTime() + Duration.ofSeconds(11).toNanos();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        List<Future<?>> running = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
          running.add(
              clients.submit(
                  () -> {
                    while (System.nanoTime() < end) {
                      answers.add(vote(url, conversation, tokens, statements));
                    }
                    return null;
                  }));
        }
        Thread.sleep(2_000);
        int beforeFreeze = answers.size();
        try (Freezer frozen = Freezer.freeze(postmaster(postgres))) {
          Thread.sleep(FROZEN.toMillis());
        }
        for (Future<?> client : running) {
          client.get();
        }
        clients.shutdown();

        List<Answer> all = new ArrayList<>(answers);
        List<Answer> accepted = all.stream().filter(a -> a.status() / 100 == 2).toList();
        List<Answer> shed = all.stream().filter(a -> a.status() == 503).toList();
        Duration longest = all.stream().map(Answer::took).max(Duration::compareTo).orElseThrow();
        System.out.printf(
            "votes: %d answered (%d before the freeze), %d accepted, %d shed, longest %d ms%n",
            all.size(), beforeFreeze, accepted.size(), shed.size(), longest.toMillis());

        assertThat(all).allSatisfy(a -> assertThat(a.status()).isIn(200, 201, 503));
        assertThat(longest).isLessThan(MAX_WAIT.plus(MARGIN));
        assertThat(shed).as("votes shed while PostgreSQL was frozen").isNotEmpty();
        assertThat(accepted.size()).as("votes accepted before and after").isGreaterThan(50);
        for (Answer a : shed) {
          Map<String, Object> problem =
              json.readValue(a.body(), Argument.mapOf(String.class, Object.class));
          assertThat(problem.get("type")).isEqualTo(VoteProblems.BUSY);
          assertThat(problem.get("status")).isEqualTo(503);
          assertThat(a.retryAfter()).isEqualTo("1");
        }
        Set<UUID> stored = storedRequests(postgres, "frozenvotes");
        assertThat(stored)
            .as("every vote answered 2xx is stored")
            .containsAll(accepted.stream().map(Answer::requestId).toList());
      }
    }
  }

  private Answer vote(String url, String conversation, List<String> tokens, List<String> statements)
      throws Exception {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    UUID requestId = UUID.randomUUID();
    String body =
        "{\"statementId\":\"%s\",\"vote\":\"%s\",\"requestId\":\"%s\"}"
            .formatted(
                statements.get(random.nextInt(statements.size())),
                List.of("agree", "disagree", "pass").get(random.nextInt(3)),
                requestId);
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(url + "/api/v1/conversations/" + conversation + "/votes"))
            .header("Participant-Token", tokens.get(random.nextInt(tokens.size())))
            .header("Content-Type", "application/json")
            .timeout(Duration.ofSeconds(30))
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    long started = System.nanoTime();
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    return new Answer(
        requestId,
        response.statusCode(),
        Duration.ofNanos(System.nanoTime() - started),
        response.body(),
        response.headers().firstValue("Retry-After").orElse(null));
  }

  private String openConversation(String url, int statementCount) throws Exception {
    ApiClient moderator = ApiClient.basic(url, "moderator", "demo-moderator");
    HttpResponse<String> created =
        moderator.post(
            "/api/v1/conversations",
            "{\"topic\":\"Bevroren database\",\"descriptionNl\":\"Stemmen terwijl PostgreSQL"
                + " stilstaat\",\"moderationMode\":\"OPEN\"}");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    String id = (String) parse(created.body()).get("id");
    for (int i = 0; i < statementCount; i++) {
      HttpResponse<String> seeded =
          moderator.post(
              "/api/v1/conversations/" + id + "/statements/seed",
              "{\"text\":\"Stelling nummer " + i + "\",\"meta\":false}");
      assertThat(seeded.statusCode()).as(seeded.body()).isEqualTo(201);
    }
    assertThat(moderator.post("/api/v1/conversations/" + id + "/open", "").statusCode())
        .isEqualTo(200);
    return id;
  }

  @SuppressWarnings("unchecked")
  private List<String> statements(String url, String conversation) throws Exception {
    HttpResponse<String> listed =
        ApiClient.anonymous(url).get("/api/v1/conversations/" + conversation + "/statements");
    List<Map<String, Object>> items = (List<Map<String, Object>>) parse(listed.body()).get("items");
    return items.stream().map(s -> (String) s.get("id")).toList();
  }

  private String token(String url) throws Exception {
    HttpResponse<String> issued = ApiClient.anonymous(url).post("/api/v1/participants", "");
    assertThat(issued.statusCode()).isEqualTo(201);
    return (String) parse(issued.body()).get("token");
  }

  private Map<String, Object> parse(String body) throws Exception {
    return json.readValue(body, Argument.mapOf(String.class, Object.class));
  }

  private static Set<UUID> storedRequests(EmbeddedPostgresServer postgres, String database)
      throws Exception {
    Set<UUID> requests = new HashSet<>();
    try (Connection c =
            DriverManager.getConnection(
                postgres.jdbcUrl(database), postgres.username(), postgres.password());
        PreparedStatement query = c.prepareStatement("select request_id from vote");
        ResultSet rows = query.executeQuery()) {
      while (rows.next()) {
        requests.add(rows.getObject(1, UUID.class));
      }
    }
    return requests;
  }

  private static ProcessHandle postmaster(EmbeddedPostgresServer postgres) throws Exception {
    String pid =
        Files.readAllLines(postgres.dataDirectory().resolve("postmaster.pid")).get(0).trim();
    return ProcessHandle.of(Long.parseLong(pid)).orElseThrow();
  }
}
