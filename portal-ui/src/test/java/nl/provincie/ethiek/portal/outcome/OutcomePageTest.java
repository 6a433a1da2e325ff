package nl.provincie.ethiek.portal.outcome;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static nl.provincie.ethiek.portal.testing.PortalTestSupport.pageText;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import nl.provincie.ethiek.portal.PortalConfig;
import nl.provincie.ethiek.portal.testing.PortalViews;
import nl.provincie.ethiek.portal.testing.StubHttpService;
import nl.provincie.ethiek.portal.testing.StubHttpService.Answer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The outcome page in Karibu against two JDK HttpServers standing in for the participation and the
 * case service.
 */
class OutcomePageTest {

  private static final Routes ROUTES = PortalViews.routes();
  private static final String ID = "11111111-2222-3333-4444-555555555555";
  private static final String CASE = "99999999-8888-7777-6666-555555555555";
  private static final String BASE = "/api/v1/conversations/" + ID;
  private static final String CONVERSATION =
      """
      {"id":"%s","topic":"Windmolens","descriptionNl":"Waar komen windmolens?","state":"%s",
       "moderationMode":"STRICT","residentsMayAddStatements":true,"maxStatementLength":140,
       "caseId":%s,"openedAt":"2026-10-01T09:00:00Z","closedAt":"2026-11-01T17:00:00Z"}
      """;
  private static final String REPORT =
      """
      {"eventId":"00000000-0000-0000-0000-000000000001","occurredAt":"2026-11-02T10:00:00Z",
       "conversationId":"%s","caseId":"%s","title":"Windmolens",
       "groups":[{"id":0,"label":"Groep A","size":18,"representative":[
          {"statementId":"aaaaaaaa-0000-0000-0000-000000000001","number":1,
           "text":"Windmolens horen op zee","direction":"agree","successes":17,"trials":18,
           "probability":0.9,"repness":2.0}],"representativeStatements":["Windmolens horen op zee"]},
        {"id":1,"label":"Groep B","size":12,"representative":[
          {"statementId":"aaaaaaaa-0000-0000-0000-000000000001","number":1,
           "text":"Windmolens horen op zee","direction":"disagree","successes":9,"trials":12,
           "probability":0.71,"repness":1.8}],"representativeStatements":["Windmolens horen op zee"]}],
       "consensusStatements":["Inwoners moeten meebeslissen"],
       "consensus":{"agree":[{"statementId":"aaaaaaaa-0000-0000-0000-000000000003","number":3,
          "text":"Inwoners moeten meebeslissen","successes":28,"trials":30,"probability":0.91}],
        "disagree":[]},
       "groupInformedConsensus":[],"participantCount":30,"voteCount":240,"statementCount":8,
       "tick":42}
      """
          .formatted(ID, CASE);
  private static final String PUBLIC_CASE =
      """
      {"id":"%s","title":"Windmolens in de provincie","centralQuestion":"Waar plaatsen we windmolens?",
       "subjectType":"POLICY","theme":"Energie","state":"IN_FOLLOW_UP",
       "advice":{"kind":"WITH_CONDITIONS","summary":"Plaats windmolens alleen met de buurt.",
         "considerations":"De inwoners zijn verdeeld.","conditions":["Opbrengst deels naar de buurt"],
         "adoptedAt":"2026-11-10T12:00:00Z"},
       "decision":{"decisionMaker":"GS","kind":"COMPLY","summary":"GS volgen het advies.",
         "motivation":"Draagvlak telt.","decidedOn":"2026-11-17"},
       "followUp":{"actions":2,"open":1,"overdue":0,"done":1,"items":[
          {"title":"Buurtfonds instellen","status":"DONE","dueDate":"2026-11-20"},
          {"title":"Participatieplan per locatie","status":"IN_PROGRESS","dueDate":"2027-02-01"}],
         "nextReview":"2027-05-01"},
       "reEvaluationEveryMonths":6,
       "participation":[{"conversationId":"%s","title":"Windmolens","participantCount":30,
         "statementCount":8,"publishedAt":"2026-11-02T10:00:00Z",
         "howUsed":"De zorgen over geluid staan als voorwaarde in het advies."},
        {"conversationId":"00000000-0000-0000-0000-0000000000aa","title":"Ander gesprek",
         "participantCount":3,"statementCount":2,"publishedAt":"2026-11-02T10:00:00Z",
         "howUsed":"Niet over dit gesprek."}]}
      """
          .formatted(CASE, ID);

  private StubHttpService participation;
  private StubHttpService cases;

  @BeforeEach
  void setUp() {
    participation =
        new StubHttpService()
            .on("GET", BASE, Answer.json(CONVERSATION.formatted(ID, "REPORT_PUBLISHED", q(CASE))))
            .on("GET", BASE + "/report", Answer.json(REPORT));
    cases =
        new StubHttpService().on("GET", "/api/v1/public/cases/" + CASE, Answer.json(PUBLIC_CASE));
    System.setProperty(PortalConfig.PARTICIPATION_URL_PROPERTY, participation.baseUrl().toString());
    System.setProperty(PortalConfig.CASE_URL_PROPERTY, cases.baseUrl().toString());
    MockVaadin.setup(ROUTES);
  }

  @AfterEach
  void tearDown() {
    MockVaadin.tearDown();
    System.clearProperty(PortalConfig.PARTICIPATION_URL_PROPERTY);
    System.clearProperty(PortalConfig.CASE_URL_PROPERTY);
    participation.close();
    cases.close();
  }

  @Test
  void shows_the_published_report_with_groups_percentages_and_consensus() {
    open();

    assertThat(_get(H1.class).getText()).isEqualTo("Uitkomst: Windmolens");
    assertThat(
            _get(Section.class, spec -> spec.withId("outcome-report-section"))
                .getElement()
                .getTextRecursively())
        .contains("30 deelnemers gaven 240 stemmen op 8 stellingen. Zij vormden 2 groepen.")
        .contains("Groep A (18 deelnemers)")
        .contains("94% van groep A is het eens (17 van 18 stemmen).")
        .contains("75% van groep B is het oneens (9 van 12 stemmen).")
        .contains("93% van alle deelnemers is het eens (28 van 30 stemmen).");
  }

  @Test
  void tells_what_happened_with_the_input_advice_decision_and_follow_up() {
    open();

    assertThat(cases.requests("GET", "/api/v1/public/cases/" + CASE)).hasSize(1);
    assertThat(
            _get(Section.class, spec -> spec.withId("outcome-case"))
                .getElement()
                .getTextRecursively())
        .contains("Wat is er met uw inbreng gedaan?")
        .contains("meegenomen in de ethische vraag ‘Windmolens in de provincie’")
        .contains("Stand van zaken: het besluit wordt uitgevoerd.")
        .contains("Advies: positief, onder voorwaarden (vastgesteld op 10 november 2026).")
        .contains("Opbrengst deels naar de buurt")
        .contains("Gedeputeerde Staten: het advies wordt gevolgd (besloten op 17 november 2026).")
        .contains("2 vervolgacties: 1 klaar, 1 nog bezig, 0 te laat.")
        .contains("Buurtfonds instellen")
        .contains("bezig, uiterlijk 1 februari 2027")
        .contains("Volgende herbeoordeling: 1 mei 2027.");
  }

  @Test
  void a_cancelled_action_is_named_so_the_counts_add_up() {
    cases.on(
        "GET",
        "/api/v1/public/cases/" + CASE,
        Answer.json(
            PUBLIC_CASE
                .replace("\"actions\":2,\"open\":1", "\"actions\":3,\"open\":1")
                .replace(
                    "\"items\":[",
                    "\"items\":[{\"title\":\"Folder\",\"status\":\"CANCELLED\",\"dueDate\":\"2026-11-25\"},")));
    open();

    assertThat(
            _get(Section.class, spec -> spec.withId("outcome-case"))
                .getElement()
                .getTextRecursively())
        .contains("3 vervolgacties: 1 klaar, 1 nog bezig, 0 te laat, 1 geschrapt.")
        .contains("Folder");
  }

  @Test
  void tells_how_the_commission_used_this_conversation() {
    open();

    Div use = _get(Div.class, spec -> spec.withId("outcome-use"));
    assertThat(_get(H3.class, spec -> spec.withId("outcome-use-heading")).getText())
        .isEqualTo("Wat de commissie met dit gesprek heeft gedaan");
    assertThat(use.getElement().getAttribute("aria-labelledby")).isEqualTo("outcome-use-heading");
    assertThat(_get(Paragraph.class, spec -> spec.withId("outcome-use-text")).getText())
        .isEqualTo("De zorgen over geluid staan als voorwaarde in het advies.");
    assertThat(use.getElement().getTextRecursively()).doesNotContain("Niet over dit gesprek.");
  }

  @Test
  void says_when_the_use_is_not_recorded_yet_in_dutch_and_english() {
    cases.on(
        "GET",
        "/api/v1/public/cases/" + CASE,
        Answer.json(
            PUBLIC_CASE.replace(
                "\"De zorgen over geluid staan als voorwaarde in het advies.\"", "null")));
    open();

    assertThat(
            _get(Div.class, spec -> spec.withId("outcome-use")).getElement().getTextRecursively())
        .contains("nog niet vastgelegd hoe zij die gebruikt");
    assertThat(_find(Paragraph.class, spec -> spec.withId("outcome-use-text"))).isEmpty();

    UI.getCurrent().setLocale(java.util.Locale.ENGLISH);
    open();

    assertThat(
            _get(Div.class, spec -> spec.withId("outcome-use")).getElement().getTextRecursively())
        .contains("What the commission did with this conversation")
        .contains("has not yet recorded how it uses it");
  }

  @Test
  void headings_follow_the_outline() {
    open();

    assertThat(_find(H1.class)).hasSize(1);
    assertThat(_find(H2.class).stream().map(H2::getText))
        .contains("Verslag van het gesprek", "Wat is er met uw inbreng gedaan?");
    assertThat(_find(H3.class).stream().map(H3::getText))
        .contains("Wat kenmerkt elke groep", "Waar iedereen het over eens is", "Besluit");
    assertThat(_find(H4.class).stream().map(H4::getText))
        .contains("Groep A (18 deelnemers)", "Groep B (12 deelnemers)");
    assertThat(_get(OutcomePage.class).getId()).contains("outcome");
  }

  @Test
  void a_confidential_case_is_explained_in_dutch_not_shown_as_an_error() {
    cases.on(
        "GET",
        "/api/v1/public/cases/" + CASE,
        Answer.problem(404, "tag:ethiek.provincie.nl,2026:problems/not-found", "No public case"));
    open();

    assertThat(pageText())
        .contains("De ethische commissie behandelt de vraag bij dit gesprek vertrouwelijk.")
        .contains("Verslag van het gesprek")
        .doesNotContain("No public case")
        .doesNotContain("niet bereikbaar");
  }

  @Test
  void a_conversation_without_a_case_says_so() {
    participation.on(
        "GET", BASE, Answer.json(CONVERSATION.formatted(ID, "REPORT_PUBLISHED", "null")));
    participation.on(
        "GET", BASE + "/report", Answer.json(REPORT.replace("\"" + CASE + "\"", "null")));
    open();

    assertThat(pageText()).contains("Dit gesprek is (nog) niet gekoppeld aan een vraag");
    assertThat(cases.requests()).isEmpty();
  }

  @Test
  void a_closed_conversation_without_a_report_says_it_is_not_published_yet() {
    participation.on("GET", BASE, Answer.json(CONVERSATION.formatted(ID, "CLOSED", q(CASE))));
    participation.on("GET", BASE + "/report", Answer.problem(404, "about:blank", "No report"));
    open();

    assertThat(pageText())
        .contains("Het verslag van dit gesprek is nog niet gepubliceerd.")
        .contains("Wat is er met uw inbreng gedaan?");
  }

  @Test
  void a_failing_report_is_explained_and_the_case_is_still_shown() {
    participation.on("GET", BASE + "/report", Answer.problem(500, "about:blank", "boom"));
    open();

    assertThat(pageText())
        .contains("De gesprekken zijn op dit moment niet bereikbaar.")
        .doesNotContain("nog niet gepubliceerd")
        .doesNotContain("boom")
        .contains("Advies: positief, onder voorwaarden");
  }

  @Test
  void an_open_conversation_has_no_outcome_yet() {
    participation.on("GET", BASE, Answer.json(CONVERSATION.formatted(ID, "OPEN", q(CASE))));
    open();

    assertThat(pageText()).contains("Dit gesprek loopt nog.");
    assertThat(participation.requests("GET", BASE + "/report")).isEmpty();
    assertThat(cases.requests()).isEmpty();
  }

  @Test
  void an_unreachable_case_service_gives_a_clear_message_and_keeps_the_report() {
    cases.close();
    open();

    assertThat(pageText())
        .contains("We kunnen op dit moment niet laten zien wat er met de uitkomst is gedaan.")
        .contains("94% van groep A is het eens")
        .doesNotContain("Exception")
        .doesNotContain("127.0.0.1");
  }

  @Test
  void an_unknown_conversation_is_not_found() {
    UI.getCurrent().navigate("gesprekken/00000000-0000-0000-0000-000000000000/uitkomst");

    assertThat(_get(H1.class).getText()).isEqualTo("Gesprek niet gevonden");
  }

  @Test
  void reads_in_english_too() {
    UI.getCurrent().setLocale(java.util.Locale.ENGLISH);
    open();

    assertThat(pageText())
        .contains("Outcome: Windmolens")
        .contains("What happened with your input?")
        .contains("Advice: positive, with conditions (adopted on 10 November 2026).");
  }

  private static void open() {
    UI.getCurrent().navigate("gesprekken/" + ID + "/uitkomst");
  }

  private static String q(String value) {
    return "\"" + value + "\"";
  }
}
