package nl.provincie.ethiek.register.entry;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.provincie.ethiek.register.RegisterServerTest;
import nl.provincie.ethiek.servicekit.events.ConsumedEvent;
import nl.provincie.ethiek.servicekit.events.EventTopics;
import nl.provincie.ethiek.testsupport.ApiClient;
import nl.provincie.ethiek.testsupport.KafkaTopics;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RegisterApiTest extends RegisterServerTest {

  private static final Pattern ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");

  private String createDraft(String name) {
    HttpResponse<String> created = editor.post("/api/v1/algorithms", TestBodies.algorithm(name));
    assertThat(created.statusCode()).isEqualTo(201);
    Matcher id = ID.matcher(created.body());
    assertThat(id.find()).isTrue();
    assertThat(created.headers().firstValue("Location"))
        .contains("/api/v1/algorithms/" + id.group(1));
    return id.group(1);
  }

  @Test
  void publishing_a_draft_makes_it_public_and_emits_entry_published() {
    String id = createDraft("Wegonderhoud-voorspeller");
    assertThat(anonymous.get("/api/v1/algorithms").body()).doesNotContain(id);

    HttpResponse<String> published = editor.post("/api/v1/algorithms/" + id + "/publish", "");

    assertThat(published.statusCode()).isEqualTo(200);
    assertThat(published.body()).contains("\"status\":\"PUBLISHED\"").contains("\"version\":2");
    assertThat(anonymous.get("/api/v1/algorithms").body()).contains(id);
    assertThat(anonymous.get("/api/v1/algorithms/" + id).statusCode()).isEqualTo(200);
    List<ConsumerRecord<String, String>> events =
        KafkaTopics.readMatching(
            INFRA.bootstrapServers(),
            EventTopics.REGISTER_ENTRY_PUBLISHED,
            record -> id.equals(record.key()),
            1,
            Duration.ofSeconds(20));
    assertThat(events).hasSize(1);
    assertThat(events.get(0).value())
        .contains("\"entryId\":\"" + id + "\"")
        .contains("\"name\":\"Wegonderhoud-voorspeller\"");
    assertThat(ConsumedEvent.eventType(events.get(0))).contains("EntryPublished");
  }

  @Test
  void a_published_entry_cannot_be_published_again() {
    String id = createDraft("Subsidiecheck");
    editor.post("/api/v1/algorithms/" + id + "/publish", "");

    HttpResponse<String> again = editor.post("/api/v1/algorithms/" + id + "/publish", "");

    assertThat(again.statusCode()).isEqualTo(409);
    assertThat(again.body()).contains("invalid-entry-state").contains("PUBLISHED");
  }

  @Test
  void drafts_are_not_public() {
    String id = createDraft("Conceptregistratie");

    HttpResponse<String> response = anonymous.get("/api/v1/algorithms/" + id);

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.body()).contains("problems/not-found");
  }

  @Test
  void invalid_entries_are_refused_and_nothing_is_stored() {
    String before = anonymous.get("/api/v1/algorithms").body();
    String tooLong = "x".repeat(101);

    HttpResponse<String> blank = editor.post("/api/v1/algorithms", TestBodies.algorithm(" "));
    HttpResponse<String> long_ = editor.post("/api/v1/algorithms", TestBodies.algorithm(tooLong));
    HttpResponse<String> malformed = editor.post("/api/v1/algorithms", "{\"name\":");

    assertThat(blank.statusCode()).isEqualTo(400);
    assertThat(blank.body()).contains("problems/validation").contains("name");
    assertThat(long_.statusCode()).isEqualTo(400);
    assertThat(malformed.statusCode()).isEqualTo(400);
    assertThat(malformed.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    assertThat(anonymous.get("/api/v1/algorithms").body()).isEqualTo(before);
  }

  @Test
  void only_register_editors_may_create_entries() {
    String body = TestBodies.algorithm("n");

    assertThat(anonymous.post("/api/v1/algorithms", body).statusCode()).isEqualTo(401);
    ApiClient moderator =
        ApiClient.basic(server.getURL().toString(), "moderator", "demo-moderator");
    assertThat(moderator.post("/api/v1/algorithms", body).statusCode()).isEqualTo(403);
  }

  @Test
  void health_and_openapi_document_are_public() {
    HttpResponse<String> health = anonymous.get("/health");
    HttpResponse<String> openapi = anonymous.get("/openapi/register-service.yml");

    assertThat(health.statusCode()).isEqualTo(200);
    assertThat(health.body()).contains("UP");
    assertThat(openapi.statusCode()).isEqualTo(200);
    assertThat(openapi.body()).contains("openapi: 3").contains("/api/v1/algorithms/{id}/publish");
  }
}
