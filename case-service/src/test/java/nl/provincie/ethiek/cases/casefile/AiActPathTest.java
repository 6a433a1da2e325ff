package nl.provincie.ethiek.cases.casefile;

import static nl.provincie.ethiek.cases.CaseApi.json;
import static nl.provincie.ethiek.cases.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.tree.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.provincie.ethiek.cases.CaseApi;
import nl.provincie.ethiek.testsupport.RealInfrastructure;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The AI Act classification accepts only a path the decision tree allows (docs/adr/0033). */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AiActPathTest implements TestPropertyProvider {

  private static final RealInfrastructure INFRA = RealInfrastructure.shared();
  private static final String DEPLOYER =
      "We gebruiken een extern ontwikkelde toepassing zonder aanpassingen";

  @Inject EmbeddedServer server;
  private CaseApi secretary;

  @Override
  public Map<String, String> getProperties() {
    return INFRA.micronautProperties(INFRA.newDatabase("cases"));
  }

  @BeforeEach
  void client() {
    secretary = CaseApi.as(server.getURL().toString(), "secretaris", "demo-secretaris");
  }

  private String caseInAssessment() {
    String id =
        CaseApi.firstId(
            secretary.ok(secretary.post("/api/v1/cases", newCase("Chatbot", "PUBLIC")), 201));
    secretary.ok(
        secretary.post("/api/v1/cases/" + id + "/transitions", transition("IN_TRIAGE")), 200);
    secretary.ok(secretary.put("/api/v1/cases/" + id + "/triage", triage("FULL_ASSESSMENT")), 200);
    return id;
  }

  private static String answers(String... pairs) {
    List<String> items = new ArrayList<>();
    for (int i = 0; i < pairs.length; i += 2) {
      items.add("{\"questionId\":\"" + pairs[i] + "\",\"answer\":\"" + pairs[i + 1] + "\"}");
    }
    return "{\"answers\":[" + String.join(",", items) + "]}";
  }

  private static boolean absent(JsonNode node) {
    return node == null || node.isNull();
  }

  private JsonNode aiActOf(String id) {
    return json(secretary.ok(secretary.get("/api/v1/cases/" + id), 200))
        .get("ethicsCase")
        .get("aiAct");
  }

  private void assertRefused(HttpResponse<String> refused, String pointer, String... named) {
    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
    assertThat(refused.headers().firstValue("Content-Type")).contains("application/problem+json");
    JsonNode problem = json(refused.body());
    assertThat(problem.get("type").getStringValue())
        .isEqualTo("tag:ethiek.provincie.nl,2026:problems/validation");
    assertThat(problem.get("errors").get(0).get("pointer").getStringValue()).isEqualTo(pointer);
    assertThat(problem.get("detail").getStringValue()).contains(named);
  }

  @Test
  void an_answer_after_the_tree_has_concluded_is_refused_naming_the_question() {
    String id = caseInAssessment();

    var refused =
        secretary.put("/api/v1/cases/" + id + "/ai-act", answers("1.1", "Nee", "2.5", "Ja"));

    assertRefused(refused, "/answers/1/questionId", "2.5", "1.1", "11.0");
    assertThat(absent(aiActOf(id))).isTrue();
  }

  @Test
  void a_skipped_question_is_refused_naming_the_question_the_tree_asks() {
    String id = caseInAssessment();

    var refused =
        secretary.put(
            "/api/v1/cases/" + id + "/ai-act",
            answers("1.1", "Ja", "1.3", "In gebruik", "1.4.1", "Ja, het is een AI-systeem"));
    var notFirst = secretary.put("/api/v1/cases/" + id + "/ai-act", answers("2.5", "Ja"));

    assertRefused(refused, "/answers/1/questionId", "1.3", "1.2");
    assertRefused(notFirst, "/answers/0/questionId", "2.5", "1.1");
    assertThat(absent(aiActOf(id))).isTrue();
  }

  @Test
  void a_path_the_tree_allows_reaches_its_conclusion() {
    String id = caseInAssessment();
    String path =
        answers(
            "1.1", "Ja",
            "1.2", DEPLOYER,
            "1.3", "In gebruik",
            "1.4.1", "Ja, het is een AI-systeem",
            "1.5", "Nee",
            "2.1", "Nee",
            "2.3", "Geen van beide",
            "2.4", "Ja",
            "2.7.2", "Nee",
            "2.5", "Ja",
            "2.9", "Ja",
            "2.10", "Nee");

    JsonNode ai =
        json(secretary.ok(secretary.put("/api/v1/cases/" + id + "/ai-act", path), 200))
            .get("ethicsCase")
            .get("aiAct");

    assertThat(ai.get("conclusionId").getStringValue()).isEqualTo("13.0.1");
    assertThat(ai.get("riskGroup").getStringValue()).isEqualTo("HIGH_RISK");
    assertThat(ai.get("transparencyObligation").getBooleanValue()).isTrue();
    assertThat(ai.get("friaRequired").getBooleanValue()).isTrue();
    assertThat(ai.get("answers").size()).isEqualTo(12);

    JsonNode out =
        json(secretary.ok(
                secretary.put("/api/v1/cases/" + id + "/ai-act", answers("1.1", "Nee")), 200))
            .get("ethicsCase")
            .get("aiAct");
    assertThat(out.get("conclusionId").getStringValue()).isEqualTo("11.0");
    assertThat(out.get("riskGroup").getStringValue()).isEqualTo("OUT_OF_SCOPE");
  }

  @Test
  void an_unfinished_path_is_kept_as_undetermined_when_it_stays_on_the_tree() {
    String id = caseInAssessment();

    JsonNode ai =
        json(secretary.ok(
                secretary.put(
                    "/api/v1/cases/" + id + "/ai-act",
                    answers("1.1", "Ja", "1.2", DEPLOYER, "1.3", "In ontwikkeling")),
                200))
            .get("ethicsCase")
            .get("aiAct");

    assertThat(ai.get("riskGroup").getStringValue()).isEqualTo("UNDETERMINED");
    assertThat(absent(ai.get("conclusionId"))).isTrue();
    assertThat(ai.get("nextQuestionId").getStringValue())
        .as("the question the path stopped before, for walking the tree one question at a time")
        .isEqualTo("1.4.1");
  }

  @Test
  void each_answer_names_the_question_that_comes_next_until_the_tree_concludes() {
    String id = caseInAssessment();

    JsonNode first =
        json(secretary.ok(
                secretary.put("/api/v1/cases/" + id + "/ai-act", answers("1.1", "Ja")), 200))
            .get("ethicsCase")
            .get("aiAct");
    JsonNode concluded =
        json(secretary.ok(
                secretary.put("/api/v1/cases/" + id + "/ai-act", answers("1.1", "Nee")), 200))
            .get("ethicsCase")
            .get("aiAct");

    assertThat(first.get("nextQuestionId").getStringValue()).isEqualTo("1.2");
    assertThat(absent(concluded.get("nextQuestionId"))).isTrue();
  }

  @Test
  void the_published_tree_names_its_first_question_and_the_conditions_of_its_redirects() {
    CaseApi anonymous = CaseApi.anonymous(server.getURL().toString());

    JsonNode tree = json(anonymous.ok(anonymous.get("/api/v1/catalogue/ai-act"), 200));

    assertThat(tree.get("firstQuestionId").getStringValue()).isEqualTo("1.1");
    JsonNode no = tree.get("questions").get("1.5").get("options").get(1);
    assertThat(no.get("answer").getStringValue()).isEqualTo("Nee");
    assertThat(no.get("redirects").get(0).get("nextQuestionId").getStringValue()).isEqualTo("2.0");
    assertThat(no.get("redirects").get(0).get("condition").getStringValue())
        .startsWith("\"AI-systeem\" in labels");
  }
}
