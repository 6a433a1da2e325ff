package nl.provincie.ethiek.portal.backoffice.cases;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static nl.provincie.ethiek.portal.backoffice.BackofficeTesting.open;
import static nl.provincie.ethiek.portal.backoffice.BackofficeTesting.pageText;
import static nl.provincie.ethiek.portal.backoffice.BackofficeTesting.signInAs;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.Locale;
import nl.provincie.ethiek.portal.backoffice.BackofficeTesting;
import nl.provincie.ethiek.portal.testing.StubHttpService.Answer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The case screens that were API only: who may read it, monitoring, re-evaluation, audit trail. */
class CaseSettingsAndAuditTest {

  private static final String ID = "33333333-4444-5555-6666-777777777777";
  private static final String CASE =
      """
      {"ethicsCase":{"id":"%s","state":"%s","confidentiality":"INTERNAL",
        "intake":{"title":"Slimme verkeerslichten","subjectType":"ALGORITHM"},
        "registerEntryIds":[],"origin":"REGISTER","runs":[],"participationRequests":[],
        "participationInputs":[],"advice":{},"actions":[],
        "indicators":[{"id":"i1","name":"Wachttijd fietsers","target":"onder 40 s",
                       "latestValue":"38 s","measuredOn":"2026-11-02"}],
        "reEvaluation":{"periodMonths":12,"dueDate":"2027-06-01","trigger":"PERIODIC"}},
       "allowedTransitions":[]}
      """;
  private static final String TRAIL =
      """
      [{"sequence":7,"caseId":"%1$s","actor":"ethicus","at":"2026-11-23T23:30:00Z",
        "action":"case opened","previousHash":"0000","hash":"a1b2c3d4e5f60718293a4b5c6d7e8f90"},
       {"sequence":9,"caseId":"%1$s","actor":"secretaris","at":"2026-11-24T09:15:00Z",
        "action":"confidentiality: PUBLIC","previousHash":"a1b2","hash":"ffeeddccbbaa99887766"}]
      """
          .formatted(ID);

  private BackofficeTesting testing;

  @BeforeEach
  void setUp() {
    testing = new BackofficeTesting();
  }

  @AfterEach
  void tearDown() {
    testing.close();
  }

  private String inState(String state) {
    return CASE.formatted(ID, state);
  }

  @Test
  void who_may_read_the_case_is_chosen_and_sent() throws Exception {
    testing.service.on("GET", "/api/v1/cases/" + ID, Answer.json(inState("IN_ASSESSMENT")));
    testing.service.on(
        "PUT", "/api/v1/cases/" + ID + "/confidentiality", Answer.json(inState("IN_ASSESSMENT")));
    signInAs("ethicus");
    open("beheer/dossiers/" + ID);

    assertThat(pageText()).contains("Dit dossier is nu: intern.");
    @SuppressWarnings("unchecked")
    RadioButtonGroup<String> level =
        _get(RadioButtonGroup.class, spec -> spec.withLabel("Leesbaarheid"));
    _setValue(level, "PUBLIC");
    _click(_get(Button.class, spec -> spec.withText("Leesbaarheid opslaan")));

    assertThat(sent("PUT", "/confidentiality").path("confidentiality").asText())
        .isEqualTo("PUBLIC");
    assertThat(_find(Paragraph.class, spec -> spec.withClasses("status")).get(0).getText())
        .isEqualTo("Wie het dossier mag lezen is opgeslagen.");
  }

  @Test
  void a_closed_case_says_who_may_read_it_without_a_form() {
    testing.service.on("GET", "/api/v1/cases/" + ID, Answer.json(inState("CLOSED")));
    signInAs("ethicus");
    open("beheer/dossiers/" + ID);

    assertThat(pageText()).contains("Dit dossier is nu: intern.");
    assertThat(_find(RadioButtonGroup.class)).isEmpty();
    assertThat(_find(Button.class, spec -> spec.withText("Indicator toevoegen"))).isEmpty();
    assertThat(pageText())
        .as("monitoring is history of a closed case")
        .contains(
            "Wachttijd fietsers (doel: onder 40 s) laatste waarde 38 s (gemeten op 2 november 2026)")
        .contains("Herbeoordeling uiterlijk 1 juni 2027, daarna elke 12 maanden.");
  }

  @Test
  void in_follow_up_an_indicator_is_added_and_the_re_evaluation_scheduled() throws Exception {
    String following = inState("IN_FOLLOW_UP");
    testing.service.on("GET", "/api/v1/cases/" + ID, Answer.json(following));
    testing.service.on("POST", "/api/v1/cases/" + ID + "/indicators", Answer.json(following));
    testing.service.on("PUT", "/api/v1/cases/" + ID + "/re-evaluation", Answer.json(following));
    signInAs("secretaris");
    open("beheer/dossiers/" + ID);

    _setValue(_get(TextField.class, spec -> spec.withLabel("Naam van de indicator")), "Klachten");
    _setValue(_get(TextField.class, spec -> spec.withLabel("Laatste waarde")), "3");
    _setValue(
        _get(DatePicker.class, spec -> spec.withLabel("Gemeten op")), LocalDate.of(2026, 12, 1));
    _click(_get(Button.class, spec -> spec.withText("Indicator toevoegen")));
    JsonNode indicator = sent("POST", "/indicators");
    assertThat(indicator.path("name").asText()).isEqualTo("Klachten");
    assertThat(indicator.path("target").isNull()).isTrue();
    assertThat(indicator.path("latestValue").asText()).isEqualTo("3");
    assertThat(indicator.path("measuredOn").asText()).isEqualTo("2026-12-01");

    DatePicker due = _get(DatePicker.class, spec -> spec.withLabel("Herbeoordeling uiterlijk op"));
    assertThat(due.getValue()).isEqualTo(LocalDate.of(2027, 6, 1));
    _setValue(due, LocalDate.of(2027, 3, 1));
    _setValue(_get(IntegerField.class, spec -> spec.withLabel("Daarna elke ... maanden")), 6);
    _click(_get(Button.class, spec -> spec.withText("Herbeoordeling plannen")));
    JsonNode schedule = sent("PUT", "/re-evaluation");
    assertThat(schedule.path("dueDate").asText()).isEqualTo("2027-03-01");
    assertThat(schedule.path("periodMonths").asInt()).isEqualTo(6);
    assertThat(schedule.path("trigger").asText()).isEqualTo("PERIODIC");
  }

  @Test
  void a_re_evaluation_is_started_now_for_an_incident_only_while_following_up() throws Exception {
    testing.service.on("GET", "/api/v1/cases/" + ID, Answer.json(inState("IN_FOLLOW_UP")));
    testing.service.on(
        "POST",
        "/api/v1/cases/" + ID + "/re-evaluation/trigger",
        Answer.json(inState("RE_EVALUATION")));
    signInAs("secretaris");
    open("beheer/dossiers/" + ID);

    @SuppressWarnings("unchecked")
    Select<String> trigger = _get(Select.class, spec -> spec.withLabel("Aanleiding"));
    _setValue(trigger, "INCIDENT");
    _setValue(
        _get(TextArea.class, spec -> spec.withLabel("Wat er gebeurde")), "Storing op 3 december");
    _click(_get(Button.class, spec -> spec.withText("Herbeoordeling nu starten")));

    JsonNode started = sent("POST", "/re-evaluation/trigger");
    assertThat(started.path("trigger").asText()).isEqualTo("INCIDENT");
    assertThat(started.path("reason").asText()).isEqualTo("Storing op 3 december");
    assertThat(_find(Button.class, spec -> spec.withText("Herbeoordeling nu starten")))
        .as("a case in re-evaluation is not started again")
        .isEmpty();
  }

  @Test
  void the_audit_trail_lists_each_change_and_says_the_chain_is_intact() {
    testing.service.on("GET", "/api/v1/cases/" + ID + "/audit", Answer.json(TRAIL));
    testing.service.on(
        "GET",
        "/api/v1/audit/verify",
        Answer.json(
            """
            {"intact":true,"entriesChecked":120,"headsChecked":4,"finding":"intact"}
            """));
    signInAs("commissie");

    open("beheer/dossiers/" + ID + "/logboek");

    String text = pageText();
    assertThat(text)
        .contains("Logboek van het dossier")
        .contains(
            "De keten is ongeschonden: 120 regels gecontroleerd tegen 4 gepubliceerde ketenkoppen.")
        .contains("24 november 2026, 00:30")
        .contains("confidentiality: PUBLIC")
        .contains("a1b2c3d4e5f6…")
        .doesNotContain("a1b2c3d4e5f60718293a4b5c6d7e8f90");
  }

  @Test
  void a_broken_chain_is_an_alert_with_where_it_broke_in_english_too() {
    testing.service.on("GET", "/api/v1/cases/" + ID + "/audit", Answer.json(TRAIL));
    testing.service.on(
        "GET",
        "/api/v1/audit/verify",
        Answer.json(
            """
            {"intact":false,"entriesChecked":120,"headsChecked":4,"firstBrokenSequence":8,
             "finding":"entry 8 does not match its hash"}
            """));
    signInAs("commissie");
    UI.getCurrent().setLocale(Locale.ENGLISH);

    open("beheer/dossiers/" + ID + "/logboek");

    Paragraph alert = _get(Paragraph.class, spec -> spec.withClasses("notice"));
    assertThat(alert.getElement().getAttribute("role")).isEqualTo("alert");
    assertThat(alert.getText())
        .isEqualTo("The chain is broken at entry 8. entry 8 does not match its hash");
  }

  @Test
  void the_case_page_links_to_its_audit_trail() {
    testing.service.on("GET", "/api/v1/cases/" + ID, Answer.json(inState("IN_ASSESSMENT")));
    signInAs("commissie");
    open("beheer/dossiers/" + ID);

    assertThat(
            _get(
                    com.vaadin.flow.router.RouterLink.class,
                    spec -> spec.withText("Logboek van dit dossier en de controle ervan"))
                .getHref())
        .isEqualTo("beheer/dossiers/" + ID + "/logboek");
  }

  private JsonNode sent(String method, String suffix) throws Exception {
    return new ObjectMapper()
        .readTree(testing.service.requests(method, "/api/v1/cases/" + ID + suffix).get(0).body());
  }
}
