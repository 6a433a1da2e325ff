package nl.provincie.ethiek.register.http;

import static nl.provincie.ethiek.servicekit.testkit.KitHttp.basic;
import static nl.provincie.ethiek.servicekit.testkit.KitHttp.json;
import static nl.provincie.ethiek.servicekit.testkit.KitHttp.problem;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.tree.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import nl.provincie.ethiek.register.entry.TestBodies;
import nl.provincie.ethiek.servicekit.problem.ProblemMessages;
import nl.provincie.ethiek.servicekit.testkit.KitHttp;
import nl.provincie.ethiek.testsupport.ProblemTypeScan;
import nl.provincie.ethiek.testsupport.RealInfrastructure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The HTTP kit on the register's own endpoints (docs/adr/0037, 0038). */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RegisterHttpKitTest implements TestPropertyProvider {

  private static final RealInfrastructure INFRA = RealInfrastructure.shared();
  private static final String EDITOR = basic("redacteur", "demo-redacteur");
  @Inject EmbeddedServer server;
  private KitHttp kit;

  @Override
  public Map<String, String> getProperties() {
    return INFRA.micronautProperties(INFRA.newDatabase("registerkit"));
  }

  private KitHttp kit() {
    if (kit == null) {
      kit = new KitHttp(server.getURL());
    }
    return kit;
  }

  private HttpRequest.Builder request(String path) {
    return kit().request(path);
  }

  private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return kit().send(request);
  }

  private HttpResponse<String> editorPost(String path, String body, String language)
      throws Exception {
    return send(
        kit()
            .postJson(path, body)
            .header("Authorization", EDITOR)
            .header("Accept-Language", language));
  }

  private static String error(JsonNode problem, String pointer) {
    for (JsonNode error : problem.get("errors").values()) {
      if (pointer.equals(error.get("pointer").getStringValue())) {
        return error.get("message").getStringValue();
      }
    }
    throw new AssertionError("no error at " + pointer + " in " + problem);
  }

  @ParameterizedTest
  @ValueSource(strings = {"/api/v1/algorithms", "/api/v1/platforms", "/api/v1/entries"})
  void a_nul_character_in_the_search_is_a_400_naming_the_parameter(String path) throws Exception {
    JsonNode problem = problem(send(request(path + "?q=weg%00onderhoud")), 400, "validation");

    assertThat(error(problem, "?q")).isEqualTo("mag het NUL-teken niet bevatten");
  }

  @Test
  void a_change_note_of_another_json_type_is_refused_and_nothing_is_archived() throws Exception {
    HttpResponse<String> created =
        editorPost("/api/v1/algorithms", TestBodies.algorithm("Rijstrookadvies"), "nl");
    assertThat(created.statusCode()).isEqualTo(201);
    String id = json(created).get("id").getStringValue();

    JsonNode problem =
        problem(
            editorPost("/api/v1/algorithms/" + id + "/archive", "{\"changeNote\":false}", "en"),
            400,
            "malformed-request");

    assertThat(error(problem, "/changeNote")).isEqualTo("must be text");
    HttpResponse<String> entry =
        send(request("/api/v1/algorithms/" + id).header("Authorization", EDITOR));
    assertThat(json(entry).get("status").getStringValue()).isEqualTo("DRAFT");
  }

  @Test
  void trailing_content_and_huge_numbers_are_refused() throws Exception {
    problem(
        editorPost("/api/v1/algorithms", TestBodies.algorithm("Een") + "{}", "nl"),
        400,
        "malformed-request");
    problem(
        editorPost("/api/v1/imports/national-listing", "{\"entries\":[],\"x\":1e99999}", "nl"),
        400,
        "malformed-request");
  }

  @Test
  void the_same_invalid_entry_in_dutch_and_in_english() throws Exception {
    String body =
        TestBodies.algorithm("Wegonderhoud")
            .replace(
                "\"status\":\"In gebruik\"", "\"status\":\"In gebruik\",\"begin_date\":\"2023-13\"")
            .replace("Provincie Utrecht", "<b>Provincie Utrecht</b>");

    JsonNode nl = problem(editorPost("/api/v1/algorithms", body, "nl"), 400, "validation");
    JsonNode en = problem(editorPost("/api/v1/algorithms", body, "en"), 400, "validation");

    assertThat(nl.get("title").getStringValue()).isEqualTo("Ongeldig verzoek");
    assertThat(en.get("title").getStringValue()).isEqualTo("Invalid request");
    assertThat(error(nl, "/fields/begin_date"))
        .isEqualTo("moet een maand zijn als JJJJ-MM, bijvoorbeeld 2023-01");
    assertThat(error(en, "/fields/begin_date"))
        .isEqualTo("must be a month as YYYY-MM, e.g. 2023-01");
    assertThat(error(nl, "/fields/organization")).isEqualTo("moet platte tekst zijn, zonder HTML");
    assertThat(error(en, "/fields/organization")).isEqualTo("must be plain text without HTML");
  }

  @Test
  void open_data_can_be_read_from_another_site_and_writes_cannot() throws Exception {
    HttpResponse<String> entries =
        send(request("/api/v1/entries").header("Origin", "https://data.example.org"));
    HttpResponse<String> export =
        send(request("/api/v1/export/register.json").header("Origin", "https://data.example.org"));

    assertThat(entries.statusCode()).isEqualTo(200);
    assertThat(entries.headers().firstValue("Access-Control-Allow-Origin"))
        .hasValue("https://data.example.org");
    assertThat(export.statusCode()).isEqualTo(200);
    assertThat(export.headers().firstValue("Access-Control-Allow-Origin"))
        .hasValue("https://data.example.org");
    problem(
        send(
            request("/api/v1/algorithms")
                .header("Origin", "https://data.example.org")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(TestBodies.algorithm("Twee")))),
        403,
        "forbidden");
  }

  @ParameterizedTest
  @ValueSource(strings = {"/api/v1/algorithms", "/api/v1/platforms"})
  void each_kind_is_read_from_another_site_without_credentials_and_not_written_from_it(String path)
      throws Exception {
    HttpResponse<String> read = send(request(path).header("Origin", "https://data.example.org"));

    assertThat(read.statusCode()).isEqualTo(200);
    assertThat(read.headers().firstValue("Access-Control-Allow-Origin"))
        .hasValue("https://data.example.org");
    assertThat(read.headers().firstValue("Access-Control-Allow-Credentials")).isEmpty();
    problem(
        send(
            request(path)
                .header("Origin", "https://data.example.org")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}"))),
        403,
        "forbidden");
  }

  @Test
  void an_anonymous_write_is_401_whatever_its_content_type() throws Exception {
    problem(
        send(
            request("/api/v1/algorithms")
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("name=x"))),
        401,
        "unauthorized");
  }

  @Test
  void every_problem_type_of_the_register_has_dutch_and_english_text() {
    ProblemMessages messages = new ProblemMessages(getClass().getClassLoader());

    assertThat(ProblemTypeScan.slugsIn(Path.of("src/main/java"))).isNotEmpty();
    assertThat(messages.missingTexts(ProblemTypeScan.slugsIn(Path.of("src/main/java")))).isEmpty();
    assertThat(messages.unpairedTexts()).isEmpty();
  }
}
