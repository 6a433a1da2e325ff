package nl.provincie.ethiek.participation.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.provincie.ethiek.servicekit.events.EventTopics;
import nl.provincie.ethiek.testsupport.ApiClient;
import nl.provincie.ethiek.testsupport.KafkaTopics;
import nl.provincie.ethiek.testsupport.RealInfrastructure;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Two camps of residents vote; the map finds them, and the report carries them to the case. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpinionMapApiTest implements TestPropertyProvider {

  private static final RealInfrastructure INFRA = RealInfrastructure.shared();
  private static final Pattern ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");
  private static final Pattern TOKEN = Pattern.compile("\"token\":\"([^\"]+)\"");
  private static final Pattern TICK = Pattern.compile("\"tick\":(\\d+)");
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @Inject EmbeddedServer server;
  @Inject JsonMapper jsonMapper;

  @Override
  public Map<String, String> getProperties() {
    return INFRA.micronautProperties(INFRA.newDatabase("participation"));
  }

  private static String first(Pattern pattern, String body) {
    Matcher m = pattern.matcher(body);
    assertThat(m.find()).as(body).isTrue();
    return m.group(1);
  }

  private HttpResponse<String> asParticipant(
      String token, String method, String path, String json) {
    try {
      return HTTP.send(
          HttpRequest.newBuilder(URI.create(server.getURL() + path))
              .header("Participant-Token", token)
              .header("Content-Type", "application/json")
              .method(
                  method,
                  json == null
                      ? HttpRequest.BodyPublishers.noBody()
                      : HttpRequest.BodyPublishers.ofString(json))
              .build(),
          HttpResponse.BodyHandlers.ofString());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Two camps: two centres on opposite sides of the first axis, at most 500 anonymous points that
   * count all 30 residents, and the resident's own position at their group's centre.
   */
  @SuppressWarnings("unchecked")
  private void assertPositionsOnTheMap(String mapJson, String meJson) {
    Map<String, Object> map = read(mapJson);
    List<Map<String, Object>> centres = (List<Map<String, Object>>) map.get("groupCentres");
    List<Map<String, Object>> points = (List<Map<String, Object>>) map.get("points");
    assertThat(centres).extracting(c -> c.get("label")).containsExactly("Groep A", "Groep B");
    double ax = number(centres.get(0), "x");
    double bx = number(centres.get(1), "x");
    assertThat(Math.signum(ax)).isEqualTo(-Math.signum(bx)).isNotZero();

    assertThat(points).isNotEmpty().hasSizeLessThanOrEqualTo(500);
    assertThat(points)
        .allSatisfy(p -> assertThat(p.keySet()).containsOnly("x", "y", "group", "count"));
    assertThat(points.stream().mapToDouble(p -> number(p, "count")).sum()).isEqualTo(30);
    assertThat(points.stream().filter(p -> number(p, "group") == 0))
        .allSatisfy(p -> assertThat(Math.signum(number(p, "x"))).isEqualTo(Math.signum(ax)));

    Map<String, Object> me = read(meJson);
    Map<String, Object> own = centres.get((int) number(me, "group"));
    Map<String, Object> other = centres.get(1 - (int) number(me, "group"));
    double separation = distance(own, other);
    assertThat(distance(me, own)).isLessThan(separation / 4);
  }

  private Map<String, Object> read(String json) {
    try {
      return jsonMapper.readValue(json, Argument.mapOf(String.class, Object.class));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static double number(Map<String, Object> object, String key) {
    return ((Number) object.get(key)).doubleValue();
  }

  private static double distance(Map<String, Object> a, Map<String, Object> b) {
    return Math.hypot(number(a, "x") - number(b, "x"), number(a, "y") - number(b, "y"));
  }

  @Test
  void the_openapi_document_describes_the_positions_on_the_map() {
    String openapi =
        ApiClient.anonymous(server.getURL().toString())
            .get("/openapi/participation-service.yml")
            .body();

    assertThat(openapi)
        .contains("#/components/schemas/OpinionMapView")
        .contains("groupCentres:")
        .contains("OpinionMapView.MapPoint:")
        .contains("maxItems: 500");
  }

  @Test
  void two_camps_become_two_groups_and_the_published_report_reaches_kafka() {
    ApiClient moderator =
        ApiClient.basic(server.getURL().toString(), "moderator", "demo-moderator");
    ApiClient anonymous = ApiClient.anonymous(server.getURL().toString());
    UUID caseId = UUID.randomUUID();
    String conversation =
        first(
            ID,
            moderator
                .post(
                    "/api/v1/conversations",
                    "{\"topic\":\"Windmolens\",\"descriptionNl\":\"Waar komen windmolens?\",\"caseId\":\""
                        + caseId
                        + "\"}")
                .body());
    List<String> statements = new ArrayList<>();
    String[] texts = {
      "Windmolens horen op zee", "Windmolens langs de snelweg zijn prima",
          "Inwoners moeten meebeslissen",
      "Geluid van windmolens valt mee", "De provincie moet sneller vergunnen",
          "Natuur gaat voor energie",
      "Opbrengst moet naar de buurt", "Liever zonneparken dan windmolens"
    };
    for (String text : texts) {
      statements.add(
          first(
              ID,
              moderator
                  .post(
                      "/api/v1/conversations/" + conversation + "/statements/seed",
                      "{\"text\":\"" + text + "\",\"meta\":false}")
                  .body()));
    }
    moderator.post("/api/v1/conversations/" + conversation + "/open", "");

    String someone = null;
    for (int p = 0; p < 30; p++) {
      String token = first(TOKEN, anonymous.post("/api/v1/participants", "").body());
      someone = someone == null ? token : someone;
      boolean campA = p % 2 == 0;
      for (int s = 0; s < statements.size(); s++) {
        String vote = s == 2 ? "agree" : (s % 2 == 0) == campA ? "agree" : "disagree";
        asParticipant(
            token,
            "POST",
            "/api/v1/conversations/" + conversation + "/votes",
            "{\"statementId\":\"%s\",\"vote\":\"%s\",\"requestId\":\"%s\"}"
                .formatted(statements.get(s), vote, UUID.randomUUID()));
      }
    }

    await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () ->
                anonymous
                    .get("/api/v1/conversations/" + conversation + "/opinion-map")
                    .body()
                    .contains("\"voteCount\":240"));
    String map = anonymous.get("/api/v1/conversations/" + conversation + "/opinion-map").body();
    assertThat(map).contains("\"k\":2").contains("\"size\":15").contains("\"participantCount\":30");
    assertThat(map).contains("Inwoners moeten meebeslissen"); // everyone agrees: consensus
    assertThat(Long.parseLong(first(TICK, map))).isPositive();
    String me =
        asParticipant(
                someone, "GET", "/api/v1/conversations/" + conversation + "/opinion-map/me", null)
            .body();
    assertThat(me).contains("\"group\":").contains("\"x\":");
    assertPositionsOnTheMap(map, me);

    HttpResponse<String> early =
        moderator.post("/api/v1/conversations/" + conversation + "/report", "");
    assertThat(early.statusCode()).isEqualTo(409);
    moderator.post("/api/v1/conversations/" + conversation + "/close", "");
    HttpResponse<String> published =
        moderator.post("/api/v1/conversations/" + conversation + "/report", "");

    assertThat(published.statusCode()).as(published.body()).isEqualTo(201);
    assertThat(anonymous.get("/api/v1/conversations/" + conversation + "/report").body())
        .contains("\"caseId\":\"" + caseId + "\"")
        .contains("\"participantCount\":30")
        .contains("Groep A")
        .contains("consensusStatements");
    List<ConsumerRecord<String, String>> events =
        KafkaTopics.readMatching(
            INFRA.bootstrapServers(),
            EventTopics.PARTICIPATION_REPORT_PUBLISHED,
            r -> conversation.equals(r.key()),
            1,
            Duration.ofSeconds(20));
    assertThat(events).hasSize(1);
    assertThat(events.get(0).value())
        .contains("\"title\":\"Windmolens\"")
        .contains("representativeStatements")
        .as("the report event is unchanged: no positions")
        .doesNotContain("groupCentres")
        .doesNotContain("\"points\"");
    assertThat(anonymous.get("/api/v1/conversations/" + conversation).body())
        .contains("REPORT_PUBLISHED");
  }
}
