package nl.provincie.ethiek.cases.casefile;

import static nl.provincie.ethiek.cases.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import nl.provincie.ethiek.cases.CaseApi;
import nl.provincie.ethiek.cases.RegisterEvents;
import nl.provincie.ethiek.servicekit.events.EventTopics;
import nl.provincie.ethiek.testsupport.KafkaTopics;
import nl.provincie.ethiek.testsupport.RealInfrastructure;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CaseLifecycleTest implements TestPropertyProvider {

  private static final RealInfrastructure INFRA = RealInfrastructure.shared();

  @Inject EmbeddedServer server;
  private CaseApi secretary;
  private CaseApi officer;

  @Override
  public Map<String, String> getProperties() {
    return INFRA.micronautProperties(INFRA.newDatabase("cases"));
  }

  @BeforeEach
  void clients() {
    secretary = CaseApi.as(server.getURL().toString(), "secretaris", "demo-secretaris");
    officer = CaseApi.as(server.getURL().toString(), "ethicus", "demo-ethicus");
  }

  private String open(String title, String confidentiality) {
    return CaseApi.firstId(
        secretary.ok(secretary.post("/api/v1/cases", newCase(title, confidentiality)), 201));
  }

  @Test
  void a_case_goes_from_intake_to_follow_up_and_tells_the_register() {
    String entry = "5f0c6a52-0c49-4a51-9a3e-1f1d2b3c4d5e";
    RegisterEvents.publishEntry(INFRA, secretary, java.util.UUID.fromString(entry));
    String id = open("Slimme verkeerslichten", "PUBLIC");
    secretary.ok(secretary.post("/api/v1/cases/" + id + "/register-entries/" + entry, ""), 200);
    secretary.ok(
        secretary.post("/api/v1/cases/" + id + "/transitions", transition("IN_TRIAGE")), 200);
    String triaged =
        officer.ok(officer.put("/api/v1/cases/" + id + "/triage", triage("FULL_ASSESSMENT")), 200);
    assertThat(triaged)
        .contains("\"state\":\"IN_ASSESSMENT\"")
        .contains("\"discipline\":\"Juridisch\"");
    secretary.ok(
        secretary.post(
            "/api/v1/cases/" + id + "/participation-requests",
            "{\"question\":\"Hoe kijkt u naar slimme verkeerslichten?\","
                + "\"targetGroups\":[\"fietsers\",\"omwonenden\"]}"),
        200);
    secretary.ok(secretary.put("/api/v1/cases/" + id + "/advice", ADVICE), 200);
    String adopted =
        secretary.ok(
            secretary.post("/api/v1/cases/" + id + "/transitions", transition("ADVICE_ADOPTED")),
            200);
    assertThat(adopted).contains("\"state\":\"ADVICE_ADOPTED\"").contains("\"adoptedAt\"");
    String nextReview = decidedOn().plusMonths(6).toString();
    String decided =
        secretary.ok(
            secretary.post(
                "/api/v1/cases/" + id + "/decision", decision("COMPLY", null, nextReview)),
            200);
    assertThat(decided)
        .contains("\"state\":\"DECISION_RECEIVED\"")
        .contains("\"dueDate\":\"" + nextReview + "\"");
    officer.ok(
        officer.post(
            "/api/v1/cases/" + id + "/actions",
            "{\"title\":\"Statement op de website\",\"owner\":\"Communicatie\",\"dueDate\":\"2026-03-01\"}"),
        201);
    String following =
        officer.ok(
            officer.post("/api/v1/cases/" + id + "/transitions", transition("IN_FOLLOW_UP")), 200);
    assertThat(following).contains("\"state\":\"IN_FOLLOW_UP\"").contains("\"status\":\"PLANNED\"");

    var adoptedEvents =
        KafkaTopics.readMatching(
            INFRA.bootstrapServers(),
            EventTopics.CASE_ADVICE_ADOPTED,
            r -> id.equals(r.key()),
            1,
            Duration.ofSeconds(30));
    assertThat(adoptedEvents).hasSize(1);
    assertThat(adoptedEvents.get(0).value())
        .contains("\"caseId\":\"" + id + "\"")
        .contains("\"registerEntryIds\":[\"" + entry + "\"]")
        .contains("\"advice\":\"WITH_CONDITIONS\"")
        .contains("\"summary\":\"Positief onder voorwaarden\"");
    var decisions =
        KafkaTopics.readMatching(
            INFRA.bootstrapServers(),
            EventTopics.CASE_DECISION_RECORDED,
            r -> id.equals(r.key()),
            1,
            Duration.ofSeconds(30));
    assertThat(decisions.get(0).value())
        .contains("\"decision\":\"COMPLY\"")
        .contains("\"nextReviewDate\":\"" + nextReview + "\"");
    var triagedEvents =
        KafkaTopics.readMatching(
            INFRA.bootstrapServers(),
            EventTopics.CASE_TRIAGED,
            r -> id.equals(r.key()),
            1,
            Duration.ofSeconds(30));
    assertThat(triagedEvents).hasSize(1);
    assertThat(triagedEvents.get(0).value())
        .contains("\"registerEntryIds\":[\"" + entry + "\"]")
        .contains("\"outcome\":\"FULL_ASSESSMENT\"")
        .contains("\"kanHet\":\"YES\"")
        .contains("\"magHet\":\"UNCERTAIN\"")
        .contains("\"willenWeHet\":\"UNCERTAIN\"")
        .contains("\"state\":\"IN_ASSESSMENT\"");
    var requested =
        KafkaTopics.readMatching(
            INFRA.bootstrapServers(),
            EventTopics.CASE_PARTICIPATION_REQUESTED,
            r -> id.equals(r.key()),
            1,
            Duration.ofSeconds(30));
    assertThat(requested).hasSize(1);
    assertThat(requested.get(0).value())
        .contains("\"caseId\":\"" + id + "\"")
        .contains("\"registerEntryIds\":[\"" + entry + "\"]")
        .contains("\"confidentiality\":\"PUBLIC\"")
        .contains("\"question\":\"Hoe kijkt u naar slimme verkeerslichten?\"")
        .contains("\"targetGroups\":[\"fietsers\",\"omwonenden\"]")
        .contains("\"requestId\"");
    assertThat(
            KafkaTopics.readMatching(
                INFRA.bootstrapServers(),
                EventTopics.CASE_OPENED,
                r -> id.equals(r.key()),
                1,
                Duration.ofSeconds(30)))
        .hasSize(1);

    String audit = officer.ok(officer.get("/api/v1/cases/" + id + "/audit"), 200);
    assertThat(audit).contains("case opened").contains("triage").contains("decision recorded");
    assertThat(officer.ok(officer.get("/api/v1/audit/verify"), 200)).contains("\"intact\":true");
  }

  @Test
  void an_illegal_transition_is_refused_naming_the_current_and_allowed_states() {
    String id = open("Camera's op de N201", "INTERNAL");

    var refused =
        secretary.post("/api/v1/cases/" + id + "/transitions", transition("ADVICE_ADOPTED"));

    assertThat(refused.statusCode()).isEqualTo(409);
    assertThat(refused.headers().firstValue("Content-Type")).contains("application/problem+json");
    assertThat(refused.body())
        .contains("invalid-case-state")
        .contains("\"currentState\":\"SUBMITTED\"")
        .contains("\"requestedState\":\"ADVICE_ADOPTED\"")
        .contains("\"allowedStates\":[\"IN_TRIAGE\",\"WITHDRAWN\"]");
    assertThat(secretary.ok(secretary.get("/api/v1/cases/" + id), 200))
        .contains("\"state\":\"SUBMITTED\"");
    assertThat(secretary.ok(secretary.get("/api/v1/cases/" + id + "/audit"), 200))
        .doesNotContain("transition");
  }

  @Test
  void a_triage_outside_triage_is_refused_with_the_state_it_needs() {
    String id = open("Dronebeelden", "INTERNAL");

    var refused = officer.put("/api/v1/cases/" + id + "/triage", triage("QUICK_SCAN"));

    assertThat(refused.statusCode()).isEqualTo(409);
    assertThat(refused.body())
        .contains("\"currentState\":\"SUBMITTED\"")
        .contains("\"allowedStates\":[\"IN_TRIAGE\"]");
  }

  @Test
  void explain_without_motivation_is_refused_and_stores_nothing() {
    String id = open("Satellietbeelden", "PUBLIC");
    secretary.post("/api/v1/cases/" + id + "/transitions", transition("IN_TRIAGE"));
    officer.put("/api/v1/cases/" + id + "/triage", triage("QUICK_SCAN"));
    secretary.put("/api/v1/cases/" + id + "/advice", ADVICE);
    secretary.post("/api/v1/cases/" + id + "/transitions", transition("ADVICE_ADOPTED"));
    String before = secretary.ok(secretary.get("/api/v1/cases/" + id), 200);

    var refused =
        secretary.post("/api/v1/cases/" + id + "/decision", decision("EXPLAIN", null, null));

    assertThat(refused.statusCode()).isEqualTo(422);
    assertThat(refused.body()).contains("\"pointer\":\"/motivation\"").contains("validation");
    assertThat(secretary.ok(secretary.get("/api/v1/cases/" + id), 200)).isEqualTo(before);
  }

  @Test
  void a_decision_dated_before_its_advice_is_refused_in_dutch_and_english_and_stores_nothing() {
    String id = open("Kentekencamera's", "PUBLIC");
    secretary.post("/api/v1/cases/" + id + "/transitions", transition("IN_TRIAGE"));
    officer.put("/api/v1/cases/" + id + "/triage", triage("QUICK_SCAN"));
    secretary.put("/api/v1/cases/" + id + "/advice", ADVICE);
    secretary.post("/api/v1/cases/" + id + "/transitions", transition("ADVICE_ADOPTED"));
    String before = secretary.ok(secretary.get("/api/v1/cases/" + id), 200);
    String adoptedOn = decidedOn().toString();
    String dayBefore = decidedOn().minusDays(1).toString();
    String early = decision("COMPLY", null, dayBefore, null);

    var dutch = secretary.post("/api/v1/cases/" + id + "/decision", early, "nl");
    var english = secretary.post("/api/v1/cases/" + id + "/decision", early, "en");

    for (var refused : java.util.List.of(dutch, english)) {
      assertThat(refused.statusCode()).isEqualTo(422);
      assertThat(refused.headers().firstValue("Content-Type")).contains("application/problem+json");
      var problem = CaseApi.json(refused.body());
      assertThat(problem.get("type").getStringValue()).endsWith("problems/decision-before-advice");
      assertThat(problem.get("errors").get(0).get("pointer").getStringValue())
          .isEqualTo("/decidedOn");
    }
    assertThat(CaseApi.json(dutch.body()).get("detail").getStringValue())
        .isEqualTo(
            "Het besluit van "
                + dayBefore
                + " ligt voor het advies dat het volgt, vastgesteld op "
                + adoptedOn
                + ".");
    assertThat(CaseApi.json(english.body()).get("detail").getStringValue())
        .isEqualTo(
            "The decision of "
                + dayBefore
                + " lies before the advice it follows, adopted on "
                + adoptedOn
                + ".");
    assertThat(CaseApi.json(dutch.body()).get("title").getStringValue())
        .isEqualTo("Besluit voor het advies");
    assertThat(secretary.ok(secretary.get("/api/v1/cases/" + id), 200)).isEqualTo(before);
  }

  @Test
  void bad_input_gets_problem_json_and_stores_nothing() {
    String before = officer.ok(officer.get("/api/v1/cases"), 200);

    var missingTitle =
        secretary.post(
            "/api/v1/cases",
            "{\"centralQuestion\":\"?\",\"subjectType\":\"ALGORITHM\",\"confidentiality\":\"PUBLIC\"}");
    var unknownType =
        secretary.post(
            "/api/v1/cases",
            "{\"title\":\"x\",\"centralQuestion\":\"?\",\"subjectType\":\"ROBOT\",\"confidentiality\":\"PUBLIC\"}");
    var notJson = secretary.post("/api/v1/cases", "{title");

    assertThat(missingTitle.statusCode()).isEqualTo(400);
    assertThat(missingTitle.body()).contains("\"pointer\":\"/title\"");
    assertThat(unknownType.statusCode()).isEqualTo(400);
    assertThat(notJson.statusCode()).isEqualTo(400);
    for (var r : java.util.List.of(missingTitle, unknownType, notJson)) {
      assertThat(r.headers().firstValue("Content-Type")).contains("application/problem+json");
    }
    assertThat(officer.ok(officer.get("/api/v1/cases"), 200)).isEqualTo(before);
  }

  @Test
  void a_case_without_an_owner_is_refused_as_its_openapi_document_says() throws Exception {
    String before = officer.ok(officer.get("/api/v1/cases"), 200);

    var withoutOwner =
        secretary.post(
            "/api/v1/cases",
            "{\"title\":\"Zonder eigenaar\",\"centralQuestion\":\"?\","
                + "\"subjectType\":\"ALGORITHM\",\"confidentiality\":\"PUBLIC\"}");

    assertThat(withoutOwner.statusCode()).isEqualTo(400);
    var problem = new com.fasterxml.jackson.databind.ObjectMapper().readTree(withoutOwner.body());
    assertThat(problem.path("type").asText()).endsWith("problems/validation");
    assertThat(problem.path("errors").findValuesAsText("pointer")).containsExactly("/owner");
    assertThat(officer.ok(officer.get("/api/v1/cases"), 200)).isEqualTo(before);
  }

  @Test
  void confidential_cases_are_for_the_commission_roles_only() {
    String confidential = open("Fraudesignalen subsidies", "CONFIDENTIAL");
    String internal = open("Interne dashboards", "INTERNAL");
    CaseApi viewer = CaseApi.as(server.getURL().toString(), "lezer", "demo-lezer");
    CaseApi anonymous = CaseApi.anonymous(server.getURL().toString());
    CaseApi editor = CaseApi.as(server.getURL().toString(), "redacteur", "demo-redacteur");

    assertThat(viewer.get("/api/v1/cases/" + confidential).statusCode()).isEqualTo(404);
    assertThat(viewer.ok(viewer.get("/api/v1/cases/" + internal), 200)).contains(internal);
    assertThat(viewer.ok(viewer.get("/api/v1/cases"), 200)).doesNotContain(confidential);
    assertThat(viewer.post("/api/v1/cases", newCase("x", "PUBLIC")).statusCode()).isEqualTo(403);
    assertThat(editor.get("/api/v1/cases").statusCode()).isEqualTo(403);
    assertThat(anonymous.get("/api/v1/cases").statusCode()).isEqualTo(401);
    assertThat(officer.ok(officer.get("/api/v1/cases/" + confidential), 200))
        .contains(confidential);
  }

  @Test
  void a_moderator_lists_public_and_internal_cases_to_link_a_conversation_and_nothing_more() {
    String confidential = open("Fraudesignalen toeslagen", "CONFIDENTIAL");
    String internal = open("Interne planning", "INTERNAL");
    String open = open("Slimme lantaarns", "PUBLIC");
    CaseApi moderator = CaseApi.as(server.getURL().toString(), "moderator", "demo-moderator");

    var listed = CaseApi.json(moderator.ok(moderator.get("/api/v1/cases"), 200)).get("items");

    java.util.Map<String, String> titles = new java.util.HashMap<>();
    listed
        .values()
        .forEach(c -> titles.put(c.get("id").getStringValue(), c.get("title").getStringValue()));
    assertThat(titles)
        .containsEntry(internal, "Interne planning")
        .containsEntry(open, "Slimme lantaarns")
        .doesNotContainKey(confidential);
    assertThat(moderator.get("/api/v1/cases/" + internal).statusCode()).isEqualTo(403);
    assertThat(moderator.post("/api/v1/cases", newCase("x", "PUBLIC")).statusCode()).isEqualTo(403);
  }

  @Test
  void only_the_commission_adopts_advice() {
    String id = open("Chatbot", "PUBLIC");
    secretary.post("/api/v1/cases/" + id + "/transitions", transition("IN_TRIAGE"));
    officer.put("/api/v1/cases/" + id + "/triage", triage("QUICK_SCAN"));
    secretary.put("/api/v1/cases/" + id + "/advice", ADVICE);

    assertThat(
            officer
                .post("/api/v1/cases/" + id + "/transitions", transition("ADVICE_ADOPTED"))
                .statusCode())
        .isEqualTo(403);
  }
}
