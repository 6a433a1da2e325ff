package nl.provincie.ethiek.participation;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.provincie.ethiek.testsupport.RealInfrastructure;

/**
 * The participation API as the tests of issue 13 use it: a moderator who sets up conversations,
 * residents with their tokens, answers parsed as JSON, and row counts read from the database.
 */
public final class Residents {

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private static final String MODERATOR =
      "Basic "
          + Base64.getEncoder()
              .encodeToString("moderator:demo-moderator".getBytes(StandardCharsets.UTF_8));

  private final String baseUrl;
  private final JsonMapper json;
  private final RealInfrastructure infra;
  private final String database;

  public Residents(String baseUrl, JsonMapper json, RealInfrastructure infra, String database) {
    this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    this.json = json;
    this.infra = infra;
    this.database = database;
  }

  /** An answer with its body parsed, when it is JSON. */
  public record Answer(int status, String contentType, String body, Map<String, Object> json) {
    public Object get(String key) {
      return json.get(key);
    }
  }

  public Answer send(String method, String path, Map<String, String> headers, byte[] body) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(baseUrl + path))
            .timeout(Duration.ofSeconds(30))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofByteArray(body));
    headers.forEach(request::header);
    try {
      HttpResponse<String> response =
          HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
      String type = response.headers().firstValue("Content-Type").orElse("");
      Map<String, Object> parsed =
          type.contains("json") && response.body().startsWith("{")
              ? parse(response.body())
              : Map.of();
      return new Answer(response.statusCode(), type, response.body(), parsed);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public Answer asModerator(String method, String path, String contentType, String body) {
    return send(
        method,
        path,
        Map.of("Authorization", MODERATOR, "Content-Type", contentType),
        body == null ? null : body.getBytes(StandardCharsets.UTF_8));
  }

  public Answer asResident(String token, String method, String path, String jsonBody) {
    return send(
        method,
        path,
        Map.of("Participant-Token", token, "Content-Type", "application/json"),
        jsonBody == null ? null : jsonBody.getBytes(StandardCharsets.UTF_8));
  }

  public Map<String, Object> parse(String body) {
    try {
      return json.readValue(body, Argument.mapOf(String.class, Object.class));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** An open conversation with these seed statements; returns its id and the statements' ids. */
  public List<String> openConversation(String topic, String... statements) {
    Answer created =
        asModerator(
            "POST",
            "/api/v1/conversations",
            "application/json",
            "{\"topic\":\"" + topic + "\",\"descriptionNl\":\"Waar gaat het over?\"}");
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    String conversation = (String) created.get("id");
    List<String> ids = new java.util.ArrayList<>(List.of(conversation));
    for (String text : statements) {
      Answer seeded =
          asModerator(
              "POST",
              "/api/v1/conversations/" + conversation + "/statements/seed",
              "application/json",
              "{\"text\":\"" + text + "\",\"meta\":false}");
      assertThat(seeded.status()).as(seeded.body()).isEqualTo(201);
      ids.add((String) seeded.get("id"));
    }
    Answer opened =
        asModerator(
            "POST", "/api/v1/conversations/" + conversation + "/open", "application/json", "");
    assertThat(opened.status()).as(opened.body()).isEqualTo(200);
    return ids;
  }

  public String token() {
    Answer issued = send("POST", "/api/v1/participants", Map.of(), null);
    assertThat(issued.status()).isEqualTo(201);
    return (String) issued.get("token");
  }

  public Answer vote(String token, String conversation, String statement, String vote, UUID key) {
    return asResident(
        token,
        "POST",
        "/api/v1/conversations/" + conversation + "/votes",
        "{\"statementId\":\"%s\",\"vote\":\"%s\",\"requestId\":\"%s\"}"
            .formatted(statement, vote, key));
  }

  /** The single number a SQL query answers (a count, say). */
  public long count(String sql, Object... parameters) {
    try (Connection connection =
            DriverManager.getConnection(
                infra.jdbcUrl(database), infra.username(), infra.password());
        var statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      try (ResultSet rs = statement.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** How many rows each table of the service holds: what "stores nothing" is checked against. */
  public Map<String, Long> rowCounts() {
    Map<String, Long> counts = new java.util.TreeMap<>();
    for (String table :
        List.of("conversation", "statement", "vote", "current_vote", "polis_participant")) {
      counts.put(table, count("select count(*) from " + table));
    }
    return counts;
  }
}
