package nl.provincie.ethiek.register.entry;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.provincie.ethiek.register.RegisterServerTest;
import nl.provincie.ethiek.servicekit.events.EventTopics;
import nl.provincie.ethiek.testsupport.KafkaTopics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EntryLifecycleTest extends RegisterServerTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");

  private String create(String path, String body) {
    HttpResponse<String> created = editor.post(path, body);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    Matcher id = ID.matcher(created.body());
    assertThat(id.find()).isTrue();
    return id.group(1);
  }

  private HttpResponse<String> put(String path, String body) {
    return Put.asEditor(server.getURL().toString(), path, body);
  }

  @Test
  void every_rule_of_the_standard_is_reported_per_field_and_nothing_is_stored() {
    String before = editor.get("/api/v1/entries?status=DRAFT").body();
    String body =
        """
        {"fields":{"name":"Test","description_short":"Kort.","organization":"Provincie Utrecht",
         "status":"in gebruik","contact_email":"geen adres","publication_category":"Overige",
         "category":["Verkeer","Overheidsfinancien"],"begin_date":"2024-13","end_date":"2025-01",
         "website":"http://www.example.nl","goal":"<p>Goed</p><script>x</script>",
         "risks":"<p class=\\"x\\">Risico</p>","methods_and_models":"%s",
         "lawful_basis_grouping":[{"title":"Wet"}]},
         "internal":{"ai_act_risk_group":"Hoog","dpia_date":"2024-02-30"}}
        """
            .formatted("<p>" + "a".repeat(5001) + "</p>");

    HttpResponse<String> refused = editor.post("/api/v1/algorithms", body);

    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.headers().firstValue("Content-Type"))
        .get()
        .asString()
        .startsWith("application/problem+json");
    assertThat(refused.body())
        .contains("problems/validation")
        .contains("\"/fields/status\"")
        .contains("\"/fields/contact_email\"")
        .contains("\"/fields/publication_category\"")
        .contains("\"/fields/category/1\"")
        .contains("\"/fields/begin_date\"")
        .contains("\"/fields/end_date\"")
        .contains("\"/fields/website\"")
        .contains("\"/fields/goal\"")
        .contains("\"/fields/risks\"")
        .contains("\"/fields/methods_and_models\"")
        .contains("\"/fields/lawful_basis_grouping/0/link\"")
        .contains("\"/internal/ai_act_risk_group\"")
        .contains("\"/internal/dpia_date\"");
    assertThat(editor.get("/api/v1/entries?status=DRAFT").body()).isEqualTo(before);
  }

  @Test
  void lengths_are_counted_without_html() {
    String goal = "<div><p>" + "a".repeat(2500) + "</p><br></div>";
    String body =
        TestBodies.algorithm("Lengte")
            .replace("\"category\"", "\"goal\":\"" + goal + "\",\"category\"");

    assertThat(editor.post("/api/v1/algorithms", body).statusCode()).isEqualTo(201);
  }

  @Test
  void an_impactful_algorithm_needs_its_full_description_before_publication() {
    String id =
        create(
            "/api/v1/algorithms",
            TestBodies.algorithm("Onvolledig")
                .replace("Overige algoritmes", "Impactvolle algoritmes"));

    HttpResponse<String> refused = editor.post("/api/v1/algorithms/" + id + "/publish", "");

    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body())
        .contains("\"/fields/goal\"")
        .contains("\"/fields/methods_and_models\"")
        .contains("\"/fields/provider\"");
    assertThat(anonymous.get("/api/v1/algorithms/" + id).statusCode()).isEqualTo(404);
  }

  @Test
  void every_change_is_a_version_with_its_note_and_the_public_sees_the_history() {
    String id = create("/api/v1/algorithms", TestBodies.impactful("Netwerkanalyse", "Nieuw"));
    assertThat(editor.post("/api/v1/algorithms/" + id + "/publish", "").statusCode())
        .isEqualTo(200);

    HttpResponse<String> noNote =
        put("/api/v1/algorithms/" + id, TestBodies.impactful("Netwerkanalyse 2", ""));
    HttpResponse<String> changed =
        put(
            "/api/v1/algorithms/" + id,
            TestBodies.impactful("Netwerkanalyse Verkeersveiligheid", "Naam verduidelijkt"));

    assertThat(noNote.statusCode()).isEqualTo(400);
    assertThat(noNote.body()).contains("\"/changeNote\"");
    assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
    assertThat(changed.body()).contains("\"version\":3").contains("\"status\":\"PUBLISHED\"");
    String history = anonymous.get("/api/v1/entries/" + id + "/history").body();
    assertThat(history)
        .contains("\"version\":3")
        .contains("Naam verduidelijkt")
        .contains("\"changedFields\":[\"name\"]")
        .contains("\"version\":2")
        .contains(Entries.PUBLISH_NOTE)
        .doesNotContain("\"version\":1,");
    assertThat(anonymous.get("/api/v1/entries/" + id + "/history/2").body())
        .contains("\"name\":\"Netwerkanalyse\"");
    assertThat(anonymous.get("/api/v1/entries/" + id + "/history/1").statusCode()).isEqualTo(404);
    assertThat(
            KafkaTopics.readMatching(
                INFRA.bootstrapServers(),
                EventTopics.REGISTER_ENTRY_CHANGED,
                record -> id.equals(record.key()),
                1,
                Duration.ofSeconds(20)))
        .singleElement()
        .satisfies(
            record ->
                assertThat(record.value())
                    .contains("\"changeNote\":\"Naam verduidelijkt\"")
                    .contains("\"changedFields\":[\"name\"]")
                    .contains("\"version\":3"));
  }

  @Test
  void a_platform_gets_a_new_version_with_a_platform_body_on_its_own_path() throws Exception {
    String id = create("/api/v1/platforms", TestBodies.platform("Kanaal-versie", "In gebruik"));
    String revision =
        TestBodies.platform("Kanaal-versie 2", "In gebruik")
            .replaceFirst("\\{", "{\"changeNote\":\"Naam aangepast\",");

    HttpResponse<String> revised = put("/api/v1/platforms/" + id, revision);
    HttpResponse<String> algorithmBody =
        put("/api/v1/platforms/" + id, TestBodies.impactful("Kanaal-versie 3", "Anders"));
    HttpResponse<String> otherKind =
        put("/api/v1/algorithms/" + id, TestBodies.impactful("Kanaal-versie 3", "Anders"));

    assertThat(revised.statusCode()).as(revised.body()).isEqualTo(200);
    JsonNode entry = JSON.readTree(revised.body());
    assertThat(entry.path("kind").asText()).isEqualTo("PLATFORM");
    assertThat(entry.path("version").asLong()).isEqualTo(2);
    assertThat(entry.at("/platform/name").asText()).isEqualTo("Kanaal-versie 2");
    assertThat(entry.at("/platform/usage_status").asText()).isEqualTo("In gebruik");
    assertThat(algorithmBody.statusCode()).as(algorithmBody.body()).isEqualTo(400);
    assertThat(JSON.readTree(algorithmBody.body()).path("errors").findValuesAsText("pointer"))
        .contains("/fields/purpose");
    assertThat(otherKind.statusCode()).isEqualTo(404);
  }

  @Test
  void archiving_needs_a_note_keeps_the_entry_readable_and_emits_entry_archived() {
    String id = create("/api/v1/algorithms", TestBodies.algorithm("Oud model"));
    editor.post("/api/v1/algorithms/" + id + "/publish", "");

    HttpResponse<String> noNote = editor.post("/api/v1/entries/" + id + "/archive", "{}");
    HttpResponse<String> archived =
        editor.post("/api/v1/entries/" + id + "/archive", "{\"changeNote\":\"Vervangen\"}");
    HttpResponse<String> changeAfter =
        put("/api/v1/algorithms/" + id, TestBodies.impactful("Oud model", "nog iets"));

    assertThat(noNote.statusCode()).isEqualTo(400);
    assertThat(archived.statusCode()).isEqualTo(200);
    assertThat(changeAfter.statusCode()).isEqualTo(409);
    assertThat(anonymous.get("/api/v1/entries/" + id).body()).contains("\"status\":\"ARCHIVED\"");
    assertThat(anonymous.get("/api/v1/entries").body()).doesNotContain(id);
    assertThat(anonymous.get("/api/v1/entries?status=ARCHIVED").body()).contains(id);
    assertThat(
            KafkaTopics.readMatching(
                INFRA.bootstrapServers(),
                EventTopics.REGISTER_ENTRY_ARCHIVED,
                record -> id.equals(record.key()),
                1,
                Duration.ofSeconds(20)))
        .hasSize(1);
  }

  @Test
  void the_public_searches_by_text_theme_use_status_category_and_kind() {
    String algorithm = create("/api/v1/algorithms", TestBodies.impactful("Zoekbaar-xyz", "n"));
    editor.post("/api/v1/algorithms/" + algorithm + "/publish", "");
    String platform =
        create("/api/v1/platforms", TestBodies.platform("Zoekbaar-xyz kanaal", "In verkenning"));
    editor.post("/api/v1/platforms/" + platform + "/publish", "");

    assertThat(anonymous.get("/api/v1/entries?q=zoekbaar-XYZ").body())
        .contains(algorithm)
        .contains(platform)
        .contains("\"total\":2");
    assertThat(anonymous.get("/api/v1/entries?q=zoekbaar-xyz&kind=PLATFORM").body())
        .contains(platform)
        .doesNotContain(algorithm);
    assertThat(
            anonymous
                .get("/api/v1/entries?q=zoekbaar-xyz&theme=Ruimte%20en%20infrastructuur")
                .body())
        .contains(algorithm)
        .doesNotContain(platform);
    assertThat(
            anonymous
                .get("/api/v1/entries?q=zoekbaar-xyz&publicationCategory=Impactvolle%20algoritmes")
                .body())
        .contains("\"total\":1");
    assertThat(anonymous.get("/api/v1/entries?q=zoekbaar-xyz&useStatus=In%20verkenning").body())
        .contains(platform)
        .doesNotContain(algorithm);
    assertThat(anonymous.get("/api/v1/platforms/" + platform).body())
        .contains("\"usage_status\":\"In verkenning\"")
        .contains("\"next_assessment_date\":\"2025-11\"");
    assertThat(anonymous.get("/api/v1/algorithms/" + platform).statusCode()).isEqualTo(404);
    HttpResponse<String> badFilter = anonymous.get("/api/v1/entries?kind=ROBOT&theme=Sport");
    assertThat(badFilter.statusCode()).isEqualTo(400);
    assertThat(badFilter.body()).contains("?kind").contains("?theme");
    // anonymous: credentials needed (401); a signed-in caller without the role: 403
    assertThat(anonymous.get("/api/v1/entries?status=DRAFT").statusCode()).isEqualTo(401);
  }
}
