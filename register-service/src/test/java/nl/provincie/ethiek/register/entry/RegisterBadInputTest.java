package nl.provincie.ethiek.register.entry;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.io.IOException;
import java.net.http.HttpResponse;
import nl.provincie.ethiek.register.RegisterServerTest;
import nl.provincie.ethiek.testsupport.ApiClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Bad input to the register's entry API: 4xx problem+json, nothing stored, never a 500. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RegisterBadInputTest extends RegisterServerTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static JsonNode json(HttpResponse<String> response) {
    try {
      return JSON.readTree(response.body());
    } catch (IOException e) {
      throw new AssertionError("not JSON: " + response.body(), e);
    }
  }

  private static void assertProblem(HttpResponse<String> response, int status, String type) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(value -> assertThat(value).startsWith("application/problem+json"));
    assertThat(json(response).path("type").asText()).endsWith("problems/" + type);
  }

  private int drafts() {
    return json(editor.get("/api/v1/entries?status=DRAFT")).path("total").asInt();
  }

  @Test
  void listing_drafts_anonymously_asks_for_credentials_and_without_the_role_is_forbidden() {
    HttpResponse<String> anonymousDrafts = anonymous.get("/api/v1/entries?status=DRAFT");
    HttpResponse<String> moderatorDrafts =
        ApiClient.basic(server.getURL().toString(), "moderator", "demo-moderator")
            .get("/api/v1/entries?status=DRAFT");

    assertProblem(anonymousDrafts, 401, "unauthorized");
    assertThat(anonymousDrafts.headers().firstValue("WWW-Authenticate")).isPresent();
    assertProblem(moderatorDrafts, 403, "forbidden");
    assertThat(editor.get("/api/v1/entries?status=DRAFT").statusCode()).isEqualTo(200);
  }

  @Test
  void page_numbers_whose_offset_overflows_give_an_empty_page() {
    for (String list :
        new String[] {"/api/v1/entries", "/api/v1/algorithms", "/api/v1/platforms"}) {
      for (String page : new String[] {"81574505", "2147483647"}) {
        for (String size : new String[] {"50", "200"}) {
          HttpResponse<String> response = anonymous.get(list + "?page=" + page + "&size=" + size);
          assertThat(response.statusCode()).as(list + " page " + page).isEqualTo(200);
          JsonNode body = json(response);
          assertThat(body.path("items").size()).isZero();
          assertThat(body.path("page").asLong()).isEqualTo(Long.parseLong(page));
        }
      }
    }
  }

  @Test
  void a_null_element_in_a_list_is_refused_and_nothing_is_stored() {
    int before = drafts();
    String nullTheme =
        TestBodies.algorithm("Null-thema")
            .replace("\"category\":[\"Verkeer\"]", "\"category\":[null]");
    String nullGrouping =
        TestBodies.algorithm("Null-grondslag")
            .replace("\"category\":[\"Verkeer\"]", "\"lawful_basis_grouping\":[null]");
    String nullAudience =
        TestBodies.platform("Null-publiek", "In gebruik")
            .replace("\"audiences\":[\"Inwoners\"]", "\"audiences\":[\"Inwoners\",null]");
    String nullValue =
        TestBodies.platform("Null-waarde", "In gebruik")
            .replace("\"values\":[", "\"values\":[null,");
    String nullCase =
        TestBodies.impactful("Null-zaak", "n")
            .replace("\"ethics_case_ids\":[]", "\"ethics_case_ids\":[null]");

    for (String[] request :
        new String[][] {
          {"/api/v1/algorithms", nullTheme},
          {"/api/v1/algorithms", nullGrouping},
          {"/api/v1/platforms", nullAudience},
          {"/api/v1/platforms", nullValue},
          {"/api/v1/algorithms", nullCase}
        }) {
      HttpResponse<String> response = editor.post(request[0], request[1]);
      assertThat(response.statusCode()).as(request[1] + " -> " + response.body()).isEqualTo(400);
      assertThat(json(response).path("type").asText())
          .matches(".*problems/(validation|malformed-request)");
    }
    assertThat(drafts()).isEqualTo(before);
  }

  @Test
  void a_change_note_that_is_not_text_is_refused_and_the_entry_stays() throws IOException {
    HttpResponse<String> created =
        editor.post("/api/v1/algorithms", TestBodies.algorithm("Notitie-als-boolean"));
    String id = json(created).path("id").asText();

    HttpResponse<String> archived =
        editor.post("/api/v1/algorithms/" + id + "/archive", "{\"changeNote\":false}");
    HttpResponse<String> number =
        editor.post("/api/v1/entries/" + id + "/archive", "{\"changeNote\":12}");

    assertThat(archived.statusCode()).as(archived.body()).isBetween(400, 422);
    assertThat(number.statusCode()).as(number.body()).isBetween(400, 422);
    JsonNode entry = json(editor.get("/api/v1/algorithms/" + id));
    assertThat(entry.path("status").asText()).isEqualTo("DRAFT");
    assertThat(entry.path("version").asInt()).isEqualTo(1);
  }
}
