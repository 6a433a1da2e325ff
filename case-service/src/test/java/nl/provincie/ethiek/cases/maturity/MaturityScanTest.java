package nl.provincie.ethiek.cases.maturity;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;
import nl.provincie.ethiek.cases.CaseApi;
import nl.provincie.ethiek.testsupport.RealInfrastructure;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MaturityScanTest implements TestPropertyProvider {

  private static final RealInfrastructure INFRA = RealInfrastructure.shared();

  /** The ODI model 2024: questions per theme (6 themes, 19 questions). */
  private static final int[] QUESTIONS = {5, 4, 3, 2, 3, 2};

  @Inject EmbeddedServer server;
  private CaseApi officer;

  @Override
  public Map<String, String> getProperties() {
    return INFRA.micronautProperties(INFRA.newDatabase("cases"));
  }

  @BeforeEach
  void client() {
    officer = CaseApi.as(server.getURL().toString(), "ethicus", "demo-ethicus");
  }

  private static List<String> questionIds() {
    List<String> ids = new ArrayList<>();
    for (int d = 0; d < QUESTIONS.length; d++) {
      for (int q = 1; q <= QUESTIONS[d]; q++) {
        ids.add((d + 1) + "." + q);
      }
    }
    return ids;
  }

  private static String scan(String organisation, int year, ToIntFunction<String> level) {
    String answers =
        questionIds().stream()
            .map(
                id ->
                    "{\"questionId\":\"%s\",\"level\":%d,\"note\":\"<b>toelichting</b>\"}"
                        .formatted(id, level.applyAsInt(id)))
            .collect(Collectors.joining(","));
    return "{\"organisation\":\"%s\",\"year\":%d,\"answers\":[%s]}"
        .formatted(organisation, year, answers);
  }

  private String record(String body) {
    return CaseApi.firstId(officer.ok(officer.post("/api/v1/maturity/scans", body), 201));
  }

  @Test
  void two_scans_compare_per_theme_and_question() {
    String before = record(scan("Provincie Utrecht", 2025, id -> 1));
    String after = record(scan("Provincie Utrecht", 2026, id -> id.startsWith("2.") ? 3 : 1));

    String comparison =
        officer.ok(
            officer.get("/api/v1/maturity/comparison?before=" + before + "&after=" + after), 200);

    assertThat(comparison)
        .contains("\"modelVersion\":\"2024\"")
        .contains(
            "{\"theme\":\"Skills and knowledge\",\"before\":1.0,\"after\":3.0,\"change\":2.0}")
        .contains(
            "{\"theme\":\"Organisational governance and internal oversight\",\"before\":1.0,"
                + "\"after\":1.0,\"change\":0.0}")
        .contains("\"questionId\":\"2.3\"")
        .contains("\"before\":1,\"after\":3,\"change\":2")
        .contains("\"overall\":{\"before\":1.0,\"after\":1.42,\"change\":0.42}");
    String list =
        officer.ok(officer.get("/api/v1/maturity/scans?organisation=Provincie%20Utrecht"), 200);
    assertThat(list)
        .contains("\"year\":2025")
        .contains("\"year\":2026")
        .contains("\"level\":\"Defined\"");
    assertThat(officer.ok(officer.get("/api/v1/audit/verify"), 200)).contains("\"intact\":true");
  }

  @Test
  void a_second_scan_for_the_same_year_is_refused() {
    record(scan("Provincie Gelderland", 2025, id -> 2));

    var again = officer.post("/api/v1/maturity/scans", scan("Provincie Gelderland", 2025, id -> 4));

    assertThat(again.statusCode()).isEqualTo(409);
    assertThat(again.headers().firstValue("Content-Type")).contains("application/problem+json");
    assertThat(
            officer.ok(
                officer.get("/api/v1/maturity/scans?organisation=Provincie%20Gelderland"), 200))
        .doesNotContain("\"level\":4");
  }

  @Test
  void incomplete_or_out_of_range_answers_are_refused_and_store_nothing() {
    String incomplete =
        "{\"organisation\":\"Provincie Zeeland\",\"year\":2025,"
            + "\"answers\":[{\"questionId\":\"1.1\",\"level\":2}]}";
    var missing = officer.post("/api/v1/maturity/scans", incomplete);
    var tooHigh =
        officer.post(
            "/api/v1/maturity/scans",
            scan("Provincie Zeeland", 2025, id -> id.equals("3.2") ? 6 : 2));
    var unknown =
        officer.post(
            "/api/v1/maturity/scans",
            scan("Provincie Zeeland", 2025, id -> 2).replace("\"6.2\"", "\"6.9\""));

    assertThat(missing.statusCode()).isEqualTo(422);
    assertThat(missing.body()).contains("\"pointer\":\"/answers\"").contains("18 are missing");
    assertThat(tooHigh.statusCode()).isEqualTo(422);
    assertThat(tooHigh.body()).contains("/level");
    assertThat(unknown.statusCode()).isEqualTo(422);
    assertThat(
            officer.ok(officer.get("/api/v1/maturity/scans?organisation=Provincie%20Zeeland"), 200))
        .isEqualTo("[]");
  }

  @Test
  void a_viewer_reads_scans_but_records_none_and_anonymous_callers_see_nothing() {
    CaseApi viewer = CaseApi.as(server.getURL().toString(), "lezer", "demo-lezer");
    String id = record(scan("Provincie Drenthe", 2024, id2 -> 2));

    assertThat(viewer.ok(viewer.get("/api/v1/maturity/scans/" + id), 200))
        .contains("Provincie Drenthe");
    assertThat(
            viewer
                .post("/api/v1/maturity/scans", scan("Provincie Drenthe", 2025, x -> 3))
                .statusCode())
        .isEqualTo(403);
    assertThat(
            CaseApi.anonymous(server.getURL().toString())
                .get("/api/v1/maturity/scans")
                .statusCode())
        .isEqualTo(401);
  }
}
