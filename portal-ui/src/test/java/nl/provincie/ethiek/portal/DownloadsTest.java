package nl.provincie.ethiek.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.Map;
import nl.provincie.ethiek.portal.testing.StubHttpService;
import nl.provincie.ethiek.portal.testing.StubHttpService.Answer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The open-data downloads over HTTP from the portal as it runs on Jetty, with the register and the
 * participation service as stubs behind it.
 */
class DownloadsTest {

  private static final String CONVERSATION = "11111111-2222-3333-4444-555555555555";
  private static final String REPORT =
      """
      {"conversationId":"%s","title":"Slimme verkeerslichten","participantCount":19,
       "voteCount":230,"statementCount":14,
       "groups":[{"id":0,"label":"Groep A","size":12,"representative":[
         {"statementId":"aaaaaaaa-0000-0000-0000-000000000003","number":3,"text":"Meer groen",
          "direction":"agree","successes":9,"trials":12,"probability":0.9}]}],
       "consensus":{"agree":[],"disagree":[]}}
      """
          .formatted(CONVERSATION);
  private static final ObjectMapper JSON = new ObjectMapper();

  private static final StubHttpService register =
      new StubHttpService()
          .on(
              "GET",
              "/api/v1/export/register.csv",
              new Answer(200, "text/csv", "name,organisation\r\nSubsidiecheck,Provincie\r\n"))
          .on("GET", "/api/v1/export/register.json", Answer.json("{\"items\":[],\"total\":0}"));
  private static final StubHttpService participation =
      new StubHttpService()
          .on("GET", "/api/v1/conversations/" + CONVERSATION + "/report", Answer.json(REPORT));

  static {
    System.setProperty(PortalConfig.REGISTER_URL_PROPERTY, register.baseUrl().toString());
    System.setProperty(PortalConfig.PARTICIPATION_URL_PROPERTY, participation.baseUrl().toString());
  }

  @RegisterExtension static final PortalOnJetty portal = new PortalOnJetty();

  @AfterAll
  static void stopTheServices() {
    System.clearProperty(PortalConfig.REGISTER_URL_PROPERTY);
    System.clearProperty(PortalConfig.PARTICIPATION_URL_PROPERTY);
    register.close();
    participation.close();
  }

  @Test
  void the_whole_register_downloads_as_csv_and_json_files() throws Exception {
    HttpResponse<String> csv = portal.get("/downloads/register.csv", Map.of());
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Type")).hasValue("text/csv;charset=utf-8");
    assertThat(csv.headers().firstValue("Content-Disposition"))
        .hasValue("attachment; filename=\"register.csv\"");
    assertThat(csv.body().split("\r\n"))
        .containsExactly("name,organisation", "Subsidiecheck,Provincie");

    HttpResponse<String> json = portal.get("/downloads/register.json", Map.of());
    assertThat(json.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(json.body()).path("total").asInt(-1)).isZero();
  }

  @Test
  void a_conversations_published_results_download_as_json_and_csv() throws Exception {
    String base = "/downloads/gesprekken/" + CONVERSATION + "/uitkomst";
    JsonNode report = JSON.readTree(portal.get(base + ".json", Map.of()).body());
    assertThat(report.path("participantCount").asInt()).isEqualTo(19);

    HttpResponse<String> csv = portal.get(base + ".csv", Map.of());
    assertThat(csv.statusCode()).isEqualTo(200);
    String[] lines = csv.body().split("\r\n");
    assertThat(lines).hasSize(2);
    assertThat(lines[1].split(","))
        .containsExactly("group", "A", "12", "3", "\"Meer groen\"", "agree", "9", "12", "0.750");
  }

  @Test
  void an_unknown_download_or_an_unpublished_report_is_a_404() {
    assertThat(portal.get("/downloads/alles.zip", Map.of()).statusCode()).isEqualTo(404);
    assertThat(
            portal
                .get(
                    "/downloads/gesprekken/99999999-2222-3333-4444-555555555555/uitkomst.csv",
                    Map.of())
                .statusCode())
        .isEqualTo(404);
  }
}
