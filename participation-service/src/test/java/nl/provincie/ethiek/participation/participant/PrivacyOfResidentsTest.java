package nl.provincie.ethiek.participation.participant;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.provincie.ethiek.servicekit.events.EventTopics;
import nl.provincie.ethiek.testsupport.ApiClient;
import nl.provincie.ethiek.testsupport.KafkaTopics;
import nl.provincie.ethiek.testsupport.RealInfrastructure;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * What stays of a resident (docs/adr/0031): a pseudonym per conversation in the tables and events,
 * and nothing of what they wrote once they removed their participation.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PrivacyOfResidentsTest implements TestPropertyProvider {

  private static final RealInfrastructure INFRA = RealInfrastructure.shared();
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final Duration KAFKA_WAIT = Duration.ofSeconds(30);

  @Inject EmbeddedServer server;
  @Inject JsonMapper json;
  @Inject PseudonymMigrationStore migration;
  private final String database = INFRA.newDatabase("participation_privacy");
  private ApiClient moderator;
  private ApiClient anonymous;

  @Override
  public Map<String, String> getProperties() {
    return INFRA.micronautProperties(database);
  }

  @BeforeEach
  void clients() {
    moderator = ApiClient.basic(server.getURL().toString(), "moderator", "demo-moderator");
    anonymous = ApiClient.anonymous(server.getURL().toString());
  }

  @Test
  void withdrawal_erases_the_text_of_the_residents_statements_and_the_votes_on_them()
      throws Exception {
    String conversation = openConversation();
    String seeded = seed(conversation, "De provincie publiceert elk algoritme in het register");
    String author = token();
    String other = token();
    HttpResponse<String> submitted =
        as(
            author,
            "POST",
            "/api/v1/conversations/" + conversation + "/statements",
            "{\"text\":\"Mijn buurman Jan de Vries werkt bij de provincie\"}");
    assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(201);
    String written = (String) parse(submitted.body()).get("id");
    assertThat(vote(other, conversation, written, "agree").statusCode()).isEqualTo(201);
    assertThat(vote(other, conversation, seeded, "agree").statusCode()).isEqualTo(201);
    assertThat(vote(author, conversation, seeded, "disagree").statusCode()).isEqualTo(201);

    HttpResponse<String> removed =
        as(author, "DELETE", "/api/v1/conversations/" + conversation + "/participation", null);

    assertThat(removed.statusCode()).as(removed.body()).isEqualTo(200);
    assertThat(parse(removed.body()))
        .containsEntry("votesRemoved", 1)
        .containsEntry("statementsWithdrawn", 1);
    List<Map<String, Object>> rows =
        rows(
            "select text, normalized_text, author_participant, moderation from statement"
                + " where id = ?",
            UUID.fromString(written));
    assertThat(rows).hasSize(1);
    assertThat(rows.get(0))
        .containsEntry("text", "[verwijderd door inzender]")
        .containsEntry("normalized_text", "verwijderd door inzender")
        .containsEntry("author_participant", null)
        .containsEntry("moderation", "REJECTED");
    assertThat(rows("select * from statement where text like '%Jan de Vries%'")).isEmpty();
    assertThat(rows("select * from vote where statement_id = ?", UUID.fromString(written)))
        .isEmpty();
    assertThat(rows("select * from current_vote where statement_id = ?", UUID.fromString(written)))
        .isEmpty();
    // the other resident's vote on a statement still in the conversation stays
    assertThat(myVotes(other, conversation)).containsOnlyKeys(seeded);
    assertThat(myVotes(author, conversation)).isEmpty();
    // what the withdrawal tells other instances: counts and a pseudonym, nothing written
    assertThat(oneEvent(EventTopics.PARTICIPATION_PARTICIPATION_WITHDRAWN, conversation))
        .containsOnlyKeys(
            "eventId",
            "occurredAt",
            "conversationId",
            "participantId",
            "votesRemoved",
            "statementsWithdrawn")
        .doesNotContainEntry("participantId", idOf(author).toString());
    HttpResponse<String> publicView = anonymous.get("/api/v1/statements/" + written);
    assertThat(publicView.statusCode()).isEqualTo(404);
    HttpResponse<String> reaccepted =
        moderator.post("/api/v1/statements/" + written + "/accept", "");
    assertThat(reaccepted.statusCode()).as(reaccepted.body()).isEqualTo(409);
    assertThat(parse(reaccepted.body()))
        .containsEntry("type", "tag:ethiek.provincie.nl,2026:problems/statement-withdrawn");
  }

  @Test
  void one_token_has_another_pseudonym_in_each_conversation_and_never_its_own_id()
      throws Exception {
    String first = openConversation();
    String second = openConversation();
    String firstStatement =
        seed(first, "Algoritmes worden jaarlijks door een ethische commissie getoetst");
    String secondStatement = seed(second, "Inwoners mogen altijd bezwaar maken tegen een besluit");
    String resident = token();
    UUID ownId = idOf(resident);

    assertThat(vote(resident, first, firstStatement, "agree").statusCode()).isEqualTo(201);
    assertThat(vote(resident, second, secondStatement, "disagree").statusCode()).isEqualTo(201);

    UUID inFirst = storedVoter(first);
    UUID inSecond = storedVoter(second);
    assertThat(inFirst).isNotEqualTo(inSecond).isNotEqualTo(ownId);
    assertThat(inSecond).isNotEqualTo(ownId);
    assertThat(rows("select * from vote where participant_id = ?", ownId)).isEmpty();
    Map<String, Object> firstCast = oneEvent(EventTopics.PARTICIPATION_VOTE_CAST, first);
    Map<String, Object> secondCast = oneEvent(EventTopics.PARTICIPATION_VOTE_CAST, second);
    assertThat(firstCast).containsEntry("participantId", inFirst.toString());
    assertThat(secondCast).containsEntry("participantId", inSecond.toString());
    // the resident still finds their own votes in each conversation, and only those
    assertThat(myVotes(resident, first)).containsOnly(Map.entry(firstStatement, "AGREE"));
    assertThat(myVotes(resident, second)).containsOnly(Map.entry(secondStatement, "DISAGREE"));
    // the pol.is export numbers participants per conversation: no id, neither kind
    for (String conversation : List.of(first, second)) {
      HttpResponse<String> export =
          moderator.get(
              "/api/v1/conversations/" + conversation + "/export/polis/participants-votes.csv");
      assertThat(export.statusCode()).as(export.body()).isEqualTo(200);
      List<String> lines = export.body().lines().toList();
      assertThat(lines).hasSize(2);
      String participant = lines.get(1).split(",")[0];
      assertThat(participant).matches("[0-9]+");
      assertThat(export.body())
          .doesNotContain(ownId.toString())
          .doesNotContain(inFirst.toString())
          .doesNotContain(inSecond.toString());
    }

    HttpResponse<String> removed =
        as(resident, "DELETE", "/api/v1/conversations/" + first + "/participation", null);

    assertThat(parse(removed.body())).containsEntry("votesRemoved", 1);
    assertThat(oneEvent(EventTopics.PARTICIPATION_PARTICIPATION_WITHDRAWN, first))
        .containsEntry("participantId", inFirst.toString());
    assertThat(myVotes(resident, first)).isEmpty();
    assertThat(myVotes(resident, second)).containsOnlyKeys(secondStatement);
  }

  @Test
  void rows_stored_under_a_tokens_own_id_move_to_the_pseudonym_of_their_conversation()
      throws Exception {
    String conversation = openConversation();
    String statement =
        seed(conversation, "Een algoritme mag nooit alleen over een uitkering beslissen");
    String resident = token();
    UUID ownId = idOf(resident);
    execute(
        "insert into vote (conversation_id, statement_id, participant_id, value, request_id,"
            + " cast_at) values (?, ?, ?, 1, ?, ?)",
        UUID.fromString(conversation),
        UUID.fromString(statement),
        ownId,
        UUID.randomUUID(),
        Timestamp.from(Instant.now()));
    execute(
        "insert into current_vote (statement_id, participant_id, conversation_id, value, cast_at)"
            + " values (?, ?, ?, 1, ?)",
        UUID.fromString(statement),
        ownId,
        UUID.fromString(conversation),
        Timestamp.from(Instant.now()));
    execute("update pseudonym_migration set migrated_at = null");
    assertThat(myVotes(resident, conversation)).isEmpty();

    assertThat(migration.migrateOnce()).isPositive();

    assertThat(myVotes(resident, conversation)).containsOnly(Map.entry(statement, "AGREE"));
    assertThat(rows("select * from vote where participant_id = ?", ownId)).isEmpty();
    assertThat(rows("select * from current_vote where participant_id = ?", ownId)).isEmpty();
    assertThat(migration.migrateOnce()).as("runs once").isZero();
  }

  // --- helpers

  private String openConversation() throws IOException {
    HttpResponse<String> created =
        moderator.post(
            "/api/v1/conversations",
            """
            {"topic":"Algoritmes","descriptionNl":"Hoe gaat de provincie om met algoritmes?",
             "moderationMode":"OPEN"}
            """);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    String id = (String) parse(created.body()).get("id");
    assertThat(moderator.post("/api/v1/conversations/" + id + "/open", "").statusCode())
        .isEqualTo(200);
    return id;
  }

  private String seed(String conversation, String text) throws IOException {
    HttpResponse<String> seeded =
        moderator.post(
            "/api/v1/conversations/" + conversation + "/statements/seed",
            "{\"text\":\"" + text + "\",\"meta\":false}");
    assertThat(seeded.statusCode()).as(seeded.body()).isEqualTo(201);
    return (String) parse(seeded.body()).get("id");
  }

  private String token() throws IOException {
    HttpResponse<String> issued = anonymous.post("/api/v1/participants", "");
    assertThat(issued.statusCode()).isEqualTo(201);
    return (String) parse(issued.body()).get("token");
  }

  /** The participant id inside a token (its body: the id's two longs and the issue time). */
  private static UUID idOf(String token) {
    ByteBuffer body = ByteBuffer.wrap(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
    return new UUID(body.getLong(), body.getLong());
  }

  private HttpResponse<String> vote(
      String token, String conversation, String statement, String value) {
    return as(
        token,
        "POST",
        "/api/v1/conversations/" + conversation + "/votes",
        "{\"statementId\":\"%s\",\"vote\":\"%s\",\"requestId\":\"%s\"}"
            .formatted(statement, value, UUID.randomUUID()));
  }

  @SuppressWarnings("unchecked")
  private Map<String, String> myVotes(String token, String conversation) throws IOException {
    HttpResponse<String> mine =
        as(token, "GET", "/api/v1/conversations/" + conversation + "/my-votes", null);
    assertThat(mine.statusCode()).as(mine.body()).isEqualTo(200);
    Map<String, String> votes = new java.util.HashMap<>();
    Map<String, Object> page = parse(mine.body());
    assertThat(page).containsKey("total");
    // an empty list is left out of the JSON
    for (Object item : (List<Object>) page.getOrDefault("items", List.of())) {
      Map<String, Object> vote = (Map<String, Object>) item;
      votes.put((String) vote.get("statementId"), (String) vote.get("vote"));
    }
    return votes;
  }

  private UUID storedVoter(String conversation) throws SQLException {
    List<Map<String, Object>> voters =
        rows(
            "select distinct participant_id from current_vote where conversation_id = ?",
            UUID.fromString(conversation));
    assertThat(voters).hasSize(1);
    return (UUID) voters.get(0).get("participant_id");
  }

  private Map<String, Object> oneEvent(String topic, String conversation) throws IOException {
    List<ConsumerRecord<String, String>> records =
        KafkaTopics.readMatching(
            INFRA.bootstrapServers(), topic, r -> conversation.equals(r.key()), 1, KAFKA_WAIT);
    assertThat(records).as(topic).hasSize(1);
    return parse(records.get(0).value());
  }

  private HttpResponse<String> as(String token, String method, String path, String body) {
    try {
      return HTTP.send(
          HttpRequest.newBuilder(URI.create(server.getURL() + path))
              .header("Participant-Token", token)
              .header("Content-Type", "application/json")
              .method(
                  method,
                  body == null
                      ? HttpRequest.BodyPublishers.noBody()
                      : HttpRequest.BodyPublishers.ofString(body))
              .build(),
          HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> parse(String body) throws IOException {
    return json.readValue(body, Map.class);
  }

  private Connection connect() throws SQLException {
    return DriverManager.getConnection(INFRA.jdbcUrl(database), INFRA.username(), INFRA.password());
  }

  private List<Map<String, Object>> rows(String sql, Object... parameters) throws SQLException {
    try (Connection connection = connect();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      List<Map<String, Object>> rows = new ArrayList<>();
      try (ResultSet result = statement.executeQuery()) {
        while (result.next()) {
          Map<String, Object> row = new java.util.HashMap<>();
          for (int c = 1; c <= result.getMetaData().getColumnCount(); c++) {
            row.put(result.getMetaData().getColumnName(c), result.getObject(c));
          }
          rows.add(row);
        }
      }
      return rows;
    }
  }

  private void execute(String sql, Object... parameters) throws SQLException {
    try (Connection connection = connect();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      statement.executeUpdate();
    }
  }
}
