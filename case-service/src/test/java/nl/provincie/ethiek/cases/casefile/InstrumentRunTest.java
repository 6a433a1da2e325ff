package nl.provincie.ethiek.cases.casefile;

import static nl.provincie.ethiek.cases.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.provincie.ethiek.cases.CaseApi;
import nl.provincie.ethiek.testsupport.RealInfrastructure;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InstrumentRunTest implements TestPropertyProvider {

  private static final RealInfrastructure INFRA = RealInfrastructure.shared();

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
            secretary.ok(secretary.post("/api/v1/cases", newCase("Sociale media", "PUBLIC")), 201));
    secretary.post("/api/v1/cases/" + id + "/transitions", transition("IN_TRIAGE"));
    secretary.ok(secretary.put("/api/v1/cases/" + id + "/triage", triage("FULL_ASSESSMENT")), 200);
    return id;
  }

  private static String runId(String location) {
    Matcher m = Pattern.compile("instrument-runs/([0-9a-f-]{36})").matcher(location);
    assertThat(m.find()).isTrue();
    return m.group(1);
  }

  @Test
  void the_catalogue_is_data_with_versions_and_the_datasets_loaded() {
    String catalogue =
        CaseApi.anonymous(server.getURL().toString()).get("/api/v1/catalogue").body();
    assertThat(catalogue)
        .contains("\"catalogueVersion\":\"2026.2\"")
        .contains("\"id\":\"iama\",\"version\":\"2021\"")
        .contains("\"steps\":57")
        .contains("\"id\":\"ai-act\",\"version\":\"1.0.0\"")
        .contains("begeleidingsethiek")
        .contains("moreel-beraad")
        .contains("workshop-goed-digitaal-bestuur")
        .contains("deda")
        .contains("ipo-waardentabel@2024");
    String model =
        CaseApi.anonymous(server.getURL().toString())
            .get("/api/v1/catalogue/maturity-model")
            .body();
    assertThat(model).contains("\"Optimising\"").contains("\"id\":\"6.2\"");
  }

  @Test
  void a_value_conversation_keeps_revisions_and_checks_values_against_the_framework() {
    String id = caseInAssessment();
    var started =
        secretary.post(
            "/api/v1/cases/" + id + "/instrument-runs",
            """
            {"instrumentId":"waardengesprek","facilitator":"Ethicus",
             "participants":[{"name":"A","role":"adviseur","discipline":"privacy"},
                             {"name":"B","role":"adviseur","discipline":"communicatie"}],
             "sessions":["2025-05-12"]}
            """);
    assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
    assertThat(started.body())
        .contains("\"instrumentVersion\":\"2021\"")
        .contains("\"catalogueVersion\":\"2026.2\"");
    String run = runId(started.headers().firstValue("Location").orElseThrow());
    String base = "/api/v1/cases/" + id + "/instrument-runs/" + run;

    secretary.ok(secretary.put(base + "/steps/conclusies", "{\"text\":\"Eerste versie\"}"), 200);
    String revised =
        secretary.ok(
            secretary.put(
                base + "/steps/conclusies", "{\"author\":\"B\",\"text\":\"Tweede versie\"}"),
            200);
    assertThat(revised)
        .contains("\"number\":1")
        .contains("Eerste versie")
        .contains("\"number\":2")
        .contains("\"author\":\"B\"");
    assertThat(secretary.put(base + "/steps/bestaat-niet", "{\"text\":\"x\"}").statusCode())
        .isEqualTo(422);

    String valued =
        secretary.ok(
            secretary.post(
                base + "/values",
                """
                {"framework":"utrecht-communicatie@2025","value":"Onafhankelijkheid","influence":"MUCH",
                 "explanation":"Afhankelijkheid van grote platformen",
                 "argumentsFor":["bereik"],"argumentsAgainst":["afhankelijkheid"],"disciplines":["ICT"]}
                """),
            200);
    assertThat(valued).contains("\"influence\":\"MUCH\"").contains("\"catalogued\":true");
    var unknown =
        secretary.post(
            base + "/values",
            "{\"framework\":\"utrecht-communicatie@2025\",\"value\":\"Winst\",\"influence\":\"NONE\"}");
    assertThat(unknown.statusCode()).isEqualTo(422);
    assertThat(unknown.body()).contains("\"pointer\":\"/value\"");
    secretary.ok(
        secretary.post(
            base + "/dilemmas",
            "{\"question\":\"X verlaten?\",\"optionA\":\"Blijven\",\"harmA\":\"Afhankelijk\",\"optionB\":\"Vertrekken\",\"harmB\":\"Bereik kwijt\"}"),
        200);
  }

  @Test
  void the_ai_act_classification_follows_the_decision_tree_version() {
    String id = caseInAssessment();
    String classified =
        secretary.ok(
            secretary.put(
                "/api/v1/cases/" + id + "/ai-act",
                """
                {"answers":[{"questionId":"1.1","answer":"Ja"},
                 {"questionId":"1.2","answer":"We gebruiken een extern ontwikkelde toepassing zonder aanpassingen"},
                 {"questionId":"1.3","answer":"In gebruik"},
                 {"questionId":"1.4.1","answer":"Ja, het is een AI-systeem"},
                 {"questionId":"1.5","answer":"Nee"},
                 {"questionId":"2.1","answer":"Nee"},
                 {"questionId":"2.3","answer":"Geen van beide"},
                 {"questionId":"2.4","answer":"Ja"},
                 {"questionId":"2.7.2","answer":"Nee"},
                 {"questionId":"2.5","answer":"Ja"}]}
                """),
            200);
    assertThat(classified)
        .contains("\"treeVersion\":\"1.0.0\"")
        .contains("\"riskGroup\":\"HIGH_RISK\"")
        .contains("\"friaRequired\":true")
        .contains("gebruiksverantwoordelijke");
    var wrong =
        secretary.put(
            "/api/v1/cases/" + id + "/ai-act",
            "{\"answers\":[{\"questionId\":\"1.1\",\"answer\":\"Misschien\"}]}");
    assertThat(wrong.statusCode()).isEqualTo(422);
    assertThat(wrong.body()).contains("/answers/0/answer");
  }
}
