package nl.provincie.ethiek.cases.casefile;

import static nl.provincie.ethiek.cases.CaseApi.json;
import static nl.provincie.ethiek.cases.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.provincie.ethiek.cases.CaseApi;
import nl.provincie.ethiek.cases.RegisterEvents;
import nl.provincie.ethiek.testsupport.RealInfrastructure;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Bad input on the case endpoints: a 4xx problem naming the field, nothing stored (ADR 0033). */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CaseInputTest implements TestPropertyProvider {

  private static final RealInfrastructure INFRA = RealInfrastructure.shared();
  private static final String VALIDATION = "tag:ethiek.provincie.nl,2026:problems/validation";

  @Inject EmbeddedServer server;
  @Inject JsonMapper mapper;
  private CaseApi secretary;

  @Override
  public Map<String, String> getProperties() {
    return INFRA.micronautProperties(INFRA.newDatabase("cases"));
  }

  @BeforeEach
  void client() {
    secretary = CaseApi.as(server.getURL().toString(), "secretaris", "demo-secretaris");
  }

  private String open(String title) {
    return CaseApi.firstId(
        secretary.ok(secretary.post("/api/v1/cases", newCase(title, "PUBLIC")), 201));
  }

  private String inAssessment(String title) {
    String id = open(title);
    secretary.ok(
        secretary.post("/api/v1/cases/" + id + "/transitions", transition("IN_TRIAGE")), 200);
    secretary.ok(secretary.put("/api/v1/cases/" + id + "/triage", triage("FULL_ASSESSMENT")), 200);
    return id;
  }

  private String caseDocument(String id) {
    try {
      return mapper.writeValueAsString(
          json(secretary.ok(secretary.get("/api/v1/cases/" + id), 200)).get("ethicsCase"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private int auditEntries(String id) {
    return json(secretary.ok(secretary.get("/api/v1/cases/" + id + "/audit"), 200)).size();
  }

  private int cases() {
    return json(secretary.ok(secretary.get("/api/v1/cases"), 200)).get("total").getIntValue();
  }

  /** Asserts a problem of the status and type whose errors point at {@code pointer}. */
  private void assertProblem(HttpResponse<String> r, int status, String type, String pointer) {
    assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
    assertThat(r.headers().firstValue("Content-Type")).contains("application/problem+json");
    JsonNode problem = json(r.body());
    if (type != null) {
      assertThat(problem.get("type").getStringValue()).isEqualTo(type);
    }
    JsonNode errors = problem.get("errors");
    assertThat(errors).as(r.body()).isNotNull();
    List<String> pointers = new java.util.ArrayList<>();
    for (int i = 0; i < errors.size(); i++) {
      pointers.add(errors.get(i).get("pointer").getStringValue());
    }
    assertThat(pointers).as(r.body()).contains(pointer);
  }

  @Test
  void a_null_in_any_list_of_a_case_body_is_refused_and_stores_nothing() {
    int before = cases();
    var attachments =
        secretary.post(
            "/api/v1/cases",
            "{\"title\":\"x\",\"centralQuestion\":\"?\",\"subjectType\":\"ALGORITHM\",\"owner\":\"ethicus\","
                + "\"confidentiality\":\"PUBLIC\",\"attachments\":[\"a\",null]}");
    var entries =
        secretary.post(
            "/api/v1/cases",
            "{\"title\":\"x\",\"centralQuestion\":\"?\",\"subjectType\":\"ALGORITHM\",\"owner\":\"ethicus\","
                + "\"confidentiality\":\"PUBLIC\",\"registerEntryIds\":[null]}");
    assertProblem(attachments, 400, VALIDATION, "/attachments/1");
    assertProblem(entries, 400, VALIDATION, "/registerEntryIds/0");
    assertThat(cases()).isEqualTo(before);

    String id = inAssessment("Lijsten met gaten");
    String stored = caseDocument(id);
    String ai = "/api/v1/cases/" + id + "/ai-act";
    assertProblem(secretary.put(ai, "{\"answers\":[null]}"), 400, VALIDATION, "/answers/0");
    assertProblem(
        secretary.put(
            ai, "{\"answers\":[{\"questionId\":\"1.1\",\"answer\":\"Ja\"},{\"answer\":\"Ja\"}]}"),
        400,
        VALIDATION,
        "/answers/1/questionId");
    assertProblem(
        secretary.put(
            "/api/v1/cases/" + id + "/advice",
            "{\"kind\":\"POSITIVE\",\"summary\":\"Goed\",\"conditions\":[null]}"),
        400,
        VALIDATION,
        "/conditions/0");
    assertProblem(
        secretary.post(
            "/api/v1/cases/" + id + "/participation-requests",
            "{\"question\":\"Wat vindt u?\",\"targetGroups\":[\"jongeren\",null]}"),
        400,
        VALIDATION,
        "/targetGroups/1");
    String runs = "/api/v1/cases/" + id + "/instrument-runs";
    assertProblem(
        secretary.post(runs, "{\"instrumentId\":\"deda\",\"participants\":[null]}"),
        400,
        VALIDATION,
        "/participants/0");
    assertProblem(
        secretary.post(runs, "{\"instrumentId\":\"deda\",\"sessions\":[null]}"),
        400,
        VALIDATION,
        "/sessions/0");
    assertThat(caseDocument(id)).isEqualTo(stored);

    var scan =
        secretary.post(
            "/api/v1/maturity/scans",
            "{\"organisation\":\"Provincie Utrecht\",\"year\":2026,\"answers\":[null]}");
    assertThat(scan.statusCode()).as(scan.body()).isEqualTo(400);
    assertThat(json(secretary.ok(secretary.get("/api/v1/maturity/scans"), 200)).size()).isZero();
  }

  @Test
  void a_null_in_the_lists_of_values_and_actions_is_refused() {
    String id = inAssessment("Waarden met gaten");
    var started =
        secretary.post(
            "/api/v1/cases/" + id + "/instrument-runs",
            "{\"instrumentId\":\"waardengesprek\",\"facilitator\":\"Ethicus\"}");
    assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
    String location = started.headers().firstValue("Location").orElseThrow();
    String stored = caseDocument(id);

    var value =
        secretary.post(
            location + "/values",
            "{\"framework\":\"ipo-waardentabel\",\"value\":\"Privacy\",\"argumentsFor\":[null]}");

    assertProblem(value, 400, VALIDATION, "/argumentsFor/0");
    assertThat(caseDocument(id)).isEqualTo(stored);
  }

  @Test
  void an_unreadable_enumeration_value_points_at_its_field() {
    String id = open("Verkeerde waarden");
    String stored = caseDocument(id);

    var transition = secretary.post("/api/v1/cases/" + id + "/transitions", "{\"to\":\"ROBOT\"}");
    var open =
        secretary.post(
            "/api/v1/cases",
            "{\"title\":\"x\",\"centralQuestion\":\"?\",\"subjectType\":\"ROBOT\","
                + "\"confidentiality\":\"PUBLIC\"}");
    secretary.ok(
        secretary.post("/api/v1/cases/" + id + "/transitions", transition("IN_TRIAGE")), 200);
    var triage =
        secretary.put(
            "/api/v1/cases/" + id + "/triage",
            triage("QUICK_SCAN").replace("\"verdict\":\"YES\"", "\"verdict\":\"MAYBE\""));

    assertProblem(transition, 400, null, "/to");
    assertProblem(open, 400, null, "/subjectType");
    assertProblem(triage, 400, null, "/kanHet/verdict");
    assertThat(
            json(secretary.get("/api/v1/cases/" + id).body())
                .get("ethicsCase")
                .get("state")
                .getStringValue())
        .isEqualTo("IN_TRIAGE");
  }

  @Test
  void page_numbers_that_overflow_do_not_break_the_lists() {
    open("Veel bladzijden");
    CaseApi anonymous = CaseApi.anonymous(server.getURL().toString());

    for (String page : List.of("81574505", "2147483647", "-1", "99999999999999999999")) {
      var staff = secretary.get("/api/v1/cases?page=" + page);
      var pub = anonymous.get("/api/v1/public/cases?page=" + page);
      assertThat(staff.statusCode()).as(page).isEqualTo(200);
      assertThat(pub.statusCode()).as(page).isEqualTo(200);
      assertThat(json(staff.body()).get("total").getIntValue()).isPositive();
    }
  }

  @Test
  void an_unknown_register_entry_is_refused_and_a_repeated_link_is_not_audited_again() {
    String id = open("Koppelingen");
    UUID unknown = UUID.randomUUID();
    int entries = auditEntries(id);

    var refused = secretary.post("/api/v1/cases/" + id + "/register-entries/" + unknown, "");
    var refusedAgain = secretary.post("/api/v1/cases/" + id + "/register-entries/" + unknown, "");
    var openWithUnknown =
        secretary.post(
            "/api/v1/cases",
            "{\"title\":\"x\",\"centralQuestion\":\"?\",\"subjectType\":\"ALGORITHM\",\"owner\":\"ethicus\","
                + "\"confidentiality\":\"PUBLIC\",\"registerEntryIds\":[\""
                + unknown
                + "\"]}");

    assertProblem(refused, 422, VALIDATION, "/entryId");
    assertThat(json(refused.body()).get("detail").getStringValue()).contains(unknown.toString());
    assertProblem(refusedAgain, 422, VALIDATION, "/entryId");
    assertProblem(openWithUnknown, 422, VALIDATION, "/registerEntryIds/0");
    assertThat(auditEntries(id)).isEqualTo(entries);
    JsonNode none = json(caseDocument(id)).get("registerEntryIds");
    assertThat(none == null || none.size() == 0).isTrue();

    UUID known = UUID.randomUUID();
    RegisterEvents.publishEntry(INFRA, secretary, known);
    secretary.ok(secretary.post("/api/v1/cases/" + id + "/register-entries/" + known, ""), 200);
    secretary.ok(secretary.post("/api/v1/cases/" + id + "/register-entries/" + known, ""), 200);
    secretary.ok(secretary.post("/api/v1/cases/" + id + "/register-entries/" + known, ""), 200);

    assertThat(auditEntries(id)).isEqualTo(entries + 1);
    JsonNode linked = json(caseDocument(id)).get("registerEntryIds");
    assertThat(linked.size()).isEqualTo(1);
    assertThat(linked.get(0).getStringValue()).isEqualTo(known.toString());
  }

  @Test
  void a_dpia_status_of_the_wrong_json_type_is_refused_and_not_stored_as_text() {
    String id = open("DPIA met verkeerd type");
    secretary.ok(
        secretary.put("/api/v1/cases/" + id + "/dpia", "{\"status\":\"Uitgevoerd\"}"), 200);
    String stored = caseDocument(id);

    var wrong = secretary.put("/api/v1/cases/" + id + "/dpia", "{\"status\":false}");
    var number = secretary.put("/api/v1/cases/" + id + "/dpia", "{\"status\":12}");

    for (var r : List.of(wrong, number)) {
      assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
      assertThat(r.headers().firstValue("Content-Type")).contains("application/problem+json");
      assertThat(json(r.body()).get("errors").get(0).get("pointer").getStringValue())
          .isEqualTo("/status");
    }
    assertThat(caseDocument(id)).isEqualTo(stored);
    assertThat(json(stored).get("dpiaStatus").getStringValue()).isEqualTo("Uitgevoerd");
  }
}
