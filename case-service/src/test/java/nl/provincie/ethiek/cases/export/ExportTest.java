package nl.provincie.ethiek.cases.export;

import static nl.provincie.ethiek.cases.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.util.Map;
import nl.provincie.ethiek.cases.CaseApi;
import nl.provincie.ethiek.testsupport.RealInfrastructure;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExportTest implements TestPropertyProvider {

  private static final RealInfrastructure INFRA = RealInfrastructure.shared();

  @Inject EmbeddedServer server;
  private CaseApi secretary;
  private CaseApi viewer;
  private CaseApi anonymous;

  @Override
  public Map<String, String> getProperties() {
    return INFRA.micronautProperties(INFRA.newDatabase("cases"));
  }

  @BeforeEach
  void clients() {
    String url = server.getURL().toString();
    secretary = CaseApi.as(url, "secretaris", "demo-secretaris");
    viewer = CaseApi.as(url, "lezer", "demo-lezer");
    anonymous = CaseApi.anonymous(url);
  }

  private String open(String title, String confidentiality) {
    return CaseApi.firstId(
        secretary.ok(secretary.post("/api/v1/cases", newCase(title, confidentiality)), 201));
  }

  @Test
  void the_report_is_printable_dutch_html_with_all_content_escaped() {
    String id = decidedCase(secretary, "<script>alert(1)</script> & <b>vet</b>");

    var report = secretary.get("/api/v1/cases/" + id + "/report");

    assertThat(report.statusCode()).isEqualTo(200);
    assertThat(report.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
    assertThat(report.body())
        .startsWith("<!DOCTYPE html>")
        .contains("<html lang=\"nl\">")
        .contains("@media print")
        .contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b&gt;vet&lt;/b&gt;")
        .doesNotContain("<script>")
        .doesNotContain("<b>vet")
        .contains("Kan het?")
        .contains("Positief onder voorwaarden")
        .contains("Gedeputeerde Staten")
        .contains("Advies gevolgd (pas toe)")
        .contains("Een lid is tegen");
  }

  @Test
  void the_assessment_card_is_machine_readable_json() {
    String id = decidedCase(secretary, "Verkeersmodel");

    String card = secretary.ok(secretary.get("/api/v1/cases/" + id + "/assessment-card"), 200);

    assertThat(card)
        .contains("\"format\":\"tag:ethiek.provincie.nl,2026:assessment-card/v1\"")
        .contains("\"caseId\":\"" + id + "\"")
        .contains("\"catalogueVersion\":\"2026.2\"")
        .contains("\"outcome\":\"QUICK_SCAN\",\"kanHet\":\"YES\",\"magHet\":\"UNCERTAIN\"")
        .contains("\"kind\":\"WITH_CONDITIONS\"")
        .contains("\"decisionMaker\":\"GS\",\"kind\":\"COMPLY\"");
  }

  @Test
  void exports_follow_the_case_confidentiality() {
    String internal = open("Interne planning", "INTERNAL");
    String confidential = open("Geheime casus", "CONFIDENTIAL");

    assertThat(viewer.ok(viewer.get("/api/v1/cases/" + internal + "/report"), 200))
        .contains("Intern");
    assertThat(viewer.get("/api/v1/cases/" + confidential + "/report").statusCode()).isEqualTo(404);
    assertThat(viewer.get("/api/v1/cases/" + confidential + "/assessment-card").statusCode())
        .isEqualTo(404);
    assertThat(anonymous.get("/api/v1/cases/" + internal + "/report").statusCode()).isEqualTo(401);
  }

  @Test
  void the_public_view_shows_public_cases_and_never_internal_or_confidential_content() {
    String shown = decidedCase(secretary, "Openbare verkeerslichten");
    String confidential =
        CaseApi.firstId(
            secretary.ok(
                secretary.post(
                    "/api/v1/cases",
                    newCase("Fraudesignalen GEHEIM-7731", "CONFIDENTIAL")
                        .replace("Willen we dit?", "Vertrouwelijke vraag GEHEIM-7731")),
                201));
    String internal = open("Interne kwestie INTERN-4410", "INTERNAL");
    String madeConfidential = decidedCase(secretary, "Later vertrouwelijk LATER-5520");
    secretary.ok(
        secretary.put(
            "/api/v1/cases/" + madeConfidential + "/confidentiality",
            "{\"confidentiality\":\"CONFIDENTIAL\"}"),
        200);
    String drafted = open("Openbaar met concept", "PUBLIC");
    secretary.post("/api/v1/cases/" + drafted + "/transitions", transition("IN_TRIAGE"));
    secretary.put("/api/v1/cases/" + drafted + "/triage", triage("QUICK_SCAN"));
    secretary.ok(
        secretary.put(
            "/api/v1/cases/" + drafted + "/advice",
            "{\"kind\":\"NEGATIVE\",\"summary\":\"CONCEPT-9090 nog niet vastgesteld\"}"),
        200);

    var list = anonymous.get("/api/v1/public/cases");
    String one = anonymous.ok(anonymous.get("/api/v1/public/cases/" + shown), 200);

    assertThat(list.statusCode()).isEqualTo(200);
    assertThat(list.body())
        .contains(shown)
        .contains("Openbare verkeerslichten")
        .contains(drafted)
        .doesNotContain("GEHEIM-7731")
        .doesNotContain(confidential)
        .doesNotContain("INTERN-4410")
        .doesNotContain(internal)
        .doesNotContain("LATER-5520")
        .doesNotContain("CONCEPT-9090")
        .doesNotContain("Een lid is tegen")
        .doesNotContain("Grondslag onduidelijk");
    assertThat(one)
        .contains("\"centralQuestion\":\"Willen we dit?\"")
        .contains("\"summary\":\"Positief onder voorwaarden\"")
        .contains("\"summary\":\"GS volgt het advies\"")
        .contains("\"followUp\":{\"actions\":0");
    for (String hidden : new String[] {confidential, internal, madeConfidential}) {
      var refused = anonymous.get("/api/v1/public/cases/" + hidden);
      assertThat(refused.statusCode()).isEqualTo(404);
      assertThat(refused.body()).doesNotContain("GEHEIM").doesNotContain("LATER-5520");
    }
  }
}
