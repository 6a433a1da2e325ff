package nl.provincie.ethiek.register.importing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import nl.provincie.ethiek.register.RegisterServerTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** A malformed national listing is refused whole: 4xx problem+json, nothing imported. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ListingImportBadInputTest extends RegisterServerTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String GOOD =
      """
      {"id":"13962829","title":"Netwerkanalyse Verkeersveiligheid",
       "organisatie":"Provincie Utrecht","status":"in_gebruik","geregistreerd":"2025-08-25",
       "doel":"Meer verkeersveiligheid.","impactassessment":"Ja"}""";

  private int algorithms() throws IOException {
    return JSON.readTree(anonymous.get("/api/v1/algorithms?size=1").body()).path("total").asInt();
  }

  private static JsonNode problem(HttpResponse<String> response) throws IOException {
    assertThat(response.statusCode()).as(response.body()).isBetween(400, 499);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(value -> assertThat(value).startsWith("application/problem+json"));
    return JSON.readTree(response.body());
  }

  private static List<String> pointers(JsonNode problem) {
    return problem.path("errors").findValuesAsText("pointer");
  }

  @Test
  void a_listing_without_entries_or_with_malformed_ones_is_refused_and_nothing_is_imported()
      throws IOException {
    int before = algorithms();
    String[][] cases = {
      {"{}", "/entries"},
      {"{\"source\":\"x\"}", "/entries"},
      {"{\"entries\":null}", "/entries"},
      {"{\"entries\":[]}", "/entries"},
      {"{\"entries\":[" + GOOD + ",null]}", "/entries/1"},
      {"{\"entries\":[" + GOOD + ",{}]}", "/entries/1/id"},
      {"{\"entries\":[" + GOOD.replace("13962829", "1396") + "]}", "/entries/0/id"},
      {"{\"entries\":[" + GOOD.replace("13962829", "../../x") + "]}", "/entries/0/id"},
      {
        "{\"entries\":[" + GOOD.replace("2025-08-25", "gisteren") + "]}", "/entries/0/geregistreerd"
      },
      {"{\"entries\":[" + GOOD.replace("in_gebruik", "weg") + "]}", "/entries/0/status"},
      {
        "{\"entries\":[" + GOOD.replace("\"Netwerkanalyse Verkeersveiligheid\"", "\" \"") + "]}",
        "/entries/0/title"
      },
    };
    for (String[] bad : cases) {
      JsonNode problem = problem(editor.post("/api/v1/imports/national-listing", bad[0]));
      assertThat(problem.path("type").asText()).as(bad[0]).endsWith("problems/validation");
      assertThat(pointers(problem)).as(bad[0]).contains(bad[1]);
    }
    // a good entry in the same listing as a bad one is not imported either
    assertThat(algorithms()).isEqualTo(before);
  }

  @Test
  void entries_of_the_wrong_type_or_another_content_type_are_refused() throws Exception {
    int before = algorithms();
    for (String bad :
        new String[] {
          "{\"entries\":\"alles\"}",
          "{\"entries\":{\"id\":\"13962829\"}}",
          "{\"entries\":[[" + GOOD + "]]}",
          "{\"entries\":[" + GOOD.replace("\"Ja\"", "{\"a\":[1]}") + "]}",
          "[" + GOOD + "]",
        }) {
      problem(editor.post("/api/v1/imports/national-listing", bad));
    }
    HttpResponse<String> text =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create(server.getURL() + "/api/v1/imports/national-listing"))
                    .header(
                        "Authorization",
                        "Basic "
                            + Base64.getEncoder()
                                .encodeToString(
                                    "redacteur:demo-redacteur".getBytes(StandardCharsets.UTF_8)))
                    .header("Content-Type", "text/plain")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"entries\":[" + GOOD + "]}"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(problem(text).path("status").asInt()).isEqualTo(415);
    assertThat(algorithms()).isEqualTo(before);
  }

  @Test
  void a_well_formed_listing_is_imported() throws IOException {
    int before = algorithms();
    HttpResponse<String> ok =
        editor.post("/api/v1/imports/national-listing", "{\"entries\":[" + GOOD + "]}");
    assertThat(ok.statusCode()).as(ok.body()).isEqualTo(200);
    assertThat(JSON.readTree(ok.body()).path("imported").asInt()).isEqualTo(1);
    assertThat(algorithms()).isEqualTo(before + 1);
  }
}
