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
import java.util.HashMap;
import java.util.Map;
import nl.provincie.ethiek.testsupport.ApiClient;
import nl.provincie.ethiek.testsupport.RealInfrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The provinces' real registrations, imported from the public listing of the national register,
 * keep their LARS: the detail shows it, every payload addresses it, and a delivery updates the
 * existing national registration instead of creating a second one.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ImportedRegistrationDeliveryTest implements TestPropertyProvider {

  private static final RealInfrastructure INFRA = RealInfrastructure.shared();
  private static final String LISTING = "/algoritmeregister/provincie-entries-2026.json";

  private NationalRegisterStandIn national;
  private Path dryRun;
  private JsonNode listing;

  @Inject EmbeddedServer server;
  private ApiClient editor;
  private ApiClient anonymous;

  @Override
  public Map<String, String> getProperties() {
    try {
      national = new NationalRegisterStandIn(100, Duration.ofSeconds(1));
      dryRun = Files.createTempDirectory("dry-run-imported");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, String> properties =
        new HashMap<>(INFRA.micronautProperties(INFRA.newDatabase("register")));
    properties.putAll(national.deliverySettings());
    properties.put("register.delivery.poll-interval", "100ms");
    properties.put("register.delivery.dry-run-dir", dryRun.toString());
    return properties;
  }

  @BeforeAll
  void importTheListing() throws IOException {
    editor = ApiClient.basic(server.getURL().toString(), "redacteur", "demo-redacteur");
    anonymous = ApiClient.anonymous(server.getURL().toString());
    listing = OfficialSchemas.read(LISTING);
    HttpResponse<String> imported =
        editor.post("/api/v1/imports/national-listing", listing.toString());
    assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
    assertThat(json(imported.body()).path("imported").asInt()).isEqualTo(62);
    listing.get("entries").forEach(entry -> national.alreadyRegistered(entry.get("id").asText()));
  }

  @AfterAll
  void stop() {
    national.close();
  }

  private static JsonNode json(String text) {
    try {
      return OfficialSchemas.JSON.readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The register's entry for a listed registration, found by its source page. */
  private JsonNode entryOf(JsonNode listed) {
    String id = listed.get("id").asText();
    JsonNode page = json(anonymous.get("/api/v1/algorithms?size=200").body());
    for (JsonNode item : page.get("items")) {
      JsonNode detail = json(anonymous.get("/api/v1/algorithms/" + item.get("id").asText()).body());
      if (detail.path("algorithm").path("contact_email").asText().endsWith("/" + id)) {
        return detail;
      }
    }
    throw new AssertionError("no entry for listed registration " + id);
  }

  @Test
  void every_imported_entry_shows_its_lars_in_the_detail() {
    JsonNode page = json(anonymous.get("/api/v1/algorithms?size=200").body());
    Map<String, String> larsByName = new HashMap<>();
    for (JsonNode item : page.get("items")) {
      JsonNode detail = json(anonymous.get("/api/v1/algorithms/" + item.get("id").asText()).body());
      larsByName.put(
          detail.path("algorithm").path("contact_email").asText(),
          detail.path("national").path("lars").asText(null));
    }
    for (JsonNode listed : listing.get("entries")) {
      assertThat(larsByName.get(listed.get("url").asText()))
          .as(listed.get("title").asText())
          .isEqualTo(listed.get("id").asText());
    }
  }

  @Test
  void every_payload_of_an_imported_entry_addresses_its_registration() throws IOException {
    JsonNode payloads = json(editor.get("/api/v1/delivery/algorithm-in").body());
    assertThat(payloads.size()).isEqualTo(62);
    Map<String, String> listedIds = new HashMap<>();
    listing.get("entries").forEach(e -> listedIds.put(e.get("url").asText(), e.get("id").asText()));
    for (JsonNode payload : payloads) {
      assertThat(OfficialSchemas.validateAlgorithmIn(payload)).as(payload.toString()).isEmpty();
      assertThat(payload.path("lars").asText(null))
          .as(payload.get("name").asText())
          .isEqualTo(listedIds.get(payload.get("contact_email").asText()));
    }

    HttpResponse<String> manifest = editor.post("/api/v1/delivery/dry-run", "");
    assertThat(manifest.statusCode()).isEqualTo(200);
    JsonNode requests = json(manifest.body()).get("requests");
    assertThat(requests.size()).isEqualTo(62);
    for (JsonNode request : requests) {
      JsonNode file = json(Files.readString(dryRun.resolve(request.get("file").asText())));
      assertThat(request.get("method").asText()).isEqualTo("PUT");
      assertThat(request.get("path").asText())
          .isEqualTo("/algorithms/" + file.get("lars").asText());
    }
  }

  @Test
  void delivering_an_imported_entry_updates_the_existing_registration() {
    JsonNode listed = listing.get("entries").get(1);
    String lars = listed.get("id").asText();
    JsonNode entry = entryOf(listed);
    String id = entry.get("id").asText();

    HttpResponse<String> queued = editor.post("/api/v1/algorithms/" + id + "/delivery", "");
    assertThat(queued.statusCode()).as(queued.body()).isEqualTo(200);
    await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () ->
                json(editor.get("/api/v1/algorithms/" + id + "/delivery").body())
                    .path("jobs")
                    .path(0)
                    .path("state")
                    .asText()
                    .equals("DONE"));

    assertThat(national.seen())
        .extracting(NationalRegisterStandIn.Seen::method)
        .containsExactly("PUT");
    assertThat(national.seen().get(0).path())
        .isEqualTo(
            "/organizations/" + NationalRegisterStandIn.ORGANISATION + "/algorithms/" + lars);
    assertThat(national.registrations()).hasSize(62);
    JsonNode sent = national.registrations().get(lars).versions().get(0);
    assertThat(sent.path("lars").asText(null)).isEqualTo(lars);
    assertThat(sent.get("name").asText()).isEqualTo(listed.get("title").asText().strip());
  }
}
