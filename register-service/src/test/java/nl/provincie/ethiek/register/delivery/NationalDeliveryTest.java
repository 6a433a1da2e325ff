package nl.provincie.ethiek.register.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.provincie.ethiek.register.entry.TestBodies;
import nl.provincie.ethiek.testsupport.ApiClient;
import nl.provincie.ethiek.testsupport.RealInfrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NationalDeliveryTest implements TestPropertyProvider {

  private static final RealInfrastructure INFRA = RealInfrastructure.shared();
  private static final Pattern ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");
  private static final Duration WINDOW = Duration.ofSeconds(3);

  private NationalRegisterStandIn national;
  private Path dryRun;

  @Inject EmbeddedServer server;
  private ApiClient editor;
  private ApiClient anonymous;

  @Override
  public Map<String, String> getProperties() {
    try {
      national = new NationalRegisterStandIn(25, WINDOW);
      dryRun = Files.createTempDirectory("dry-run");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, String> properties =
        new HashMap<>(INFRA.micronautProperties(INFRA.newDatabase("register")));
    properties.putAll(national.deliverySettings());
    properties.put("register.delivery.backoff-base", "200ms");
    properties.put("register.delivery.poll-interval", "100ms");
    properties.put("register.delivery.dry-run-dir", dryRun.toString());
    return properties;
  }

  @AfterAll
  void stop() {
    national.close();
  }

  @BeforeEach
  void clients() {
    editor = ApiClient.basic(server.getURL().toString(), "redacteur", "demo-redacteur");
    anonymous = ApiClient.anonymous(server.getURL().toString());
  }

  private String published(String name) {
    HttpResponse<String> created =
        editor.post("/api/v1/algorithms", TestBodies.impactful(name, "Nieuw"));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    Matcher id = ID.matcher(created.body());
    assertThat(id.find()).isTrue();
    assertThat(editor.post("/api/v1/algorithms/" + id.group(1) + "/publish", "").statusCode())
        .isEqualTo(200);
    return id.group(1);
  }

  private String lars(String id) {
    Matcher lars =
        Pattern.compile("\"lars\":\"([0-9]{8})\"")
            .matcher(editor.get("/api/v1/algorithms/" + id + "/delivery").body());
    return lars.find() ? lars.group(1) : null;
  }

  private String delivery(String id) {
    return editor.get("/api/v1/algorithms/" + id + "/delivery").body();
  }

  @Test
  void delivers_stores_the_lars_updates_releases_and_retracts() {
    String id = published("Verkeersveiligheidsmodel");

    assertThat(editor.post("/api/v1/algorithms/" + id + "/delivery", "").statusCode())
        .isEqualTo(200);
    await().atMost(Duration.ofSeconds(20)).until(() -> lars(id) != null);
    String lars = lars(id);
    assertThat(NationalRegisterStandIn.checkDigit(lars.substring(0, 7)))
        .isEqualTo(lars.charAt(7) - '0');
    assertThat(anonymous.get("/api/v1/algorithms/" + id).body())
        .contains("\"lars\":\"" + lars + "\"")
        .contains("https://algoritmes.overheid.nl/nl/algoritme/" + lars);
    JsonNode sent = national.registrations().get(lars).versions().get(0);
    assertThat(sent.get("source_id").asText()).isEqualTo(id);
    assertThat(sent.has("internal")).isFalse();

    HttpResponse<String> changed =
        nl.provincie.ethiek.register.entry.TestBodies.put(
            server.getURL().toString(),
            "/api/v1/algorithms/" + id,
            TestBodies.impactful("Verkeersveiligheidsmodel 2", "Nieuwe naam"));
    assertThat(changed.statusCode()).isEqualTo(200);
    editor.post("/api/v1/algorithms/" + id + "/delivery", "");
    editor.post("/api/v1/algorithms/" + id + "/delivery/release", "");
    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> delivery(id).contains("\"state\":\"Vrijgegeven\""));
    assertThat(national.registrations().get(lars).versions()).hasSize(2);
    assertThat(national.registrations().get(lars).state()).isEqualTo("Gepubliceerd");

    editor.post("/api/v1/algorithms/" + id + "/delivery/retract", "");
    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> delivery(id).contains("\"state\":\"Ingetrokken\""));
    assertThat(national.registrations().get(lars).state()).isEqualTo("Ingetrokken");
  }

  @Test
  void keeps_to_the_rate_limit_and_backs_off_after_server_errors() {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      ids.add(published("Tempo " + i));
    }
    national.failNext(3);
    Instant start = Instant.now();
    ids.forEach(id -> editor.post("/api/v1/algorithms/" + id + "/delivery", ""));

    await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> ids.stream().allMatch(id -> lars(id) != null));

    Duration took = Duration.between(start, Instant.now());
    List<NationalRegisterStandIn.Seen> seen =
        national.seen().stream().filter(s -> !s.at().isBefore(start)).toList();
    System.out.printf(
        "30 deliveries with limit 25/%s and 3 injected 503s: %d ms, %d requests%n",
        WINDOW, took.toMillis(), seen.size());
    assertThat(seen).noneMatch(s -> s.status() == 429);
    assertThat(seen.stream().filter(s -> s.status() == 503)).hasSize(3);
    assertThat(took).isGreaterThanOrEqualTo(WINDOW);
    for (NationalRegisterStandIn.Seen first : seen) {
      long inWindow =
          seen.stream()
              .filter(s -> !s.at().isBefore(first.at()) && s.at().isBefore(first.at().plus(WINDOW)))
              .count();
      assertThat(inWindow).isLessThanOrEqualTo(25);
    }
    assertThat(delivery(ids.get(0))).contains("\"state\":\"DONE\"");
  }

  @Test
  void every_payload_validates_against_the_delivery_schema_and_not_the_standard_document() {
    published("Schemacontrole");
    String minimal = TestBodies.algorithm("Minimaal");
    Matcher id = ID.matcher(editor.post("/api/v1/algorithms", minimal).body());
    assertThat(id.find()).isTrue();
    editor.post("/api/v1/algorithms/" + id.group(1) + "/publish", "");

    JsonNode payloads = readJson(editor.get("/api/v1/delivery/algorithm-in").body());

    assertThat(payloads.size()).isGreaterThanOrEqualTo(2);
    for (JsonNode payload : payloads) {
      assertThat(OfficialSchemas.validateAlgorithmIn(payload)).as(payload.toString()).isEmpty();
      assertThat(OfficialSchemas.validateStandard(payload)).isNotEmpty();
    }
  }

  @Test
  void the_standard_feed_validates_against_the_publication_standard() {
    published("Feedcontrole");

    JsonNode feed =
        readJson(anonymous.get("/api/v1/export/algoritmeregister-standaard.json").body());

    assertThat(feed.get("items").size()).isGreaterThanOrEqualTo(1);
    for (JsonNode document : feed.get("items")) {
      assertThat(OfficialSchemas.validateStandard(document)).as(document.toString()).isEmpty();
    }
    assertThat(feed.toString()).contains("Feedcontrole");
  }

  @Test
  void open_data_exports_list_published_entries_as_json_and_csv() {
    String id = published("Open, data model");

    HttpResponse<String> csv =
        TestBodies.getAccepting(
            server.getURL().toString(), "/api/v1/export/register.csv", "text/csv");
    HttpResponse<String> json = anonymous.get("/api/v1/export/register.json");

    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Type")).get().asString().startsWith("text/csv");
    assertThat(csv.body())
        .startsWith("id,kind,name,")
        .contains(id + ",ALGORITHM,\"Open, data model\"");
    assertThat(json.body()).contains(id).contains("\"licence\":\"CC0-1.0\"");
  }

  @Test
  void the_dry_run_writes_one_valid_file_per_published_algorithm() throws IOException {
    String id = published("Droog");

    HttpResponse<String> result = editor.post("/api/v1/delivery/dry-run", "");

    assertThat(result.statusCode()).isEqualTo(200);
    Path file = dryRun.resolve("algorithm-" + id + ".json");
    assertThat(file).exists();
    assertThat(OfficialSchemas.validateAlgorithmIn(readJson(Files.readString(file)))).isEmpty();
    assertThat(dryRun.resolve("manifest.json")).exists();
  }

  @Test
  void only_editors_deliver() {
    String id = published("Afgeschermd");
    assertThat(anonymous.post("/api/v1/algorithms/" + id + "/delivery", "").statusCode())
        .isEqualTo(401);
    assertThat(anonymous.get("/api/v1/delivery/algorithm-in").statusCode()).isEqualTo(401);
  }

  private static JsonNode readJson(String text) {
    try {
      return OfficialSchemas.JSON.readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
