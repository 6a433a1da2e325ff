package nl.provincie.ethiek.portal.backoffice.cases;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static nl.provincie.ethiek.portal.backoffice.BackofficeTesting.basic;
import static nl.provincie.ethiek.portal.backoffice.BackofficeTesting.currentView;
import static nl.provincie.ethiek.portal.backoffice.BackofficeTesting.open;
import static nl.provincie.ethiek.portal.backoffice.BackofficeTesting.pageText;
import static nl.provincie.ethiek.portal.backoffice.BackofficeTesting.signInAs;
import static nl.provincie.ethiek.portal.backoffice.BackofficeTesting.view;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import nl.provincie.ethiek.portal.backoffice.BackofficeTesting;
import nl.provincie.ethiek.portal.testing.StubHttpService.Answer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The case pages of the commission, the secretary and the ethics officer. */
class BackofficeCasesTest {

  private static final String ID = "33333333-4444-5555-6666-777777777777";
  private static final String RUN = "44444444-5555-6666-7777-888888888888";
  private static final String ACTION = "55555555-6666-7777-8888-999999999999";
  private static final String CONVERSATION = "11111111-2222-3333-4444-555555555555";
  private static final String CASE =
      """
      {"ethicsCase":{"id":"%s","state":"IN_ASSESSMENT","confidentiality":"PUBLIC",
        "intake":{"title":"Slimme verkeerslichten","centralQuestion":"Mag de camera meekijken?",
                  "subjectType":"ALGORITHM","affectedGroups":["fietsers","automobilisten"]},
        "registerEntryIds":[],"origin":"REGISTER","originReason":"Hoog-risico AI-systeem",
        "triage":{"kanHet":{"verdict":"YES","rationale":"Techniek werkt","discipline":"ICT"},
                  "magHet":{"verdict":"UNCERTAIN","rationale":"AVG","discipline":"Juridisch"},
                  "willenWeHet":{"verdict":"NOT_ASSESSED"},"outcome":"FULL_ASSESSMENT"},
        "runs":[{"id":"%s","instrumentId":"eda","instrumentVersion":"2.0",
                 "steps":[{"stepId":"s1","revisions":[{"number":1,"author":"ethicus","text":"Eerste antwoord"}]}],
                 "values":[{"valueName":"Privacy","influence":"MODERATE","explanation":"Beelden",
                            "argumentsFor":["veiligheid"],"argumentsAgainst":["meekijken"]}]}],
        "participationRequests":[{"question":"Wat vindt u van camera’s?"}],
        "participationInputs":[{"conversationId":"%s","title":"Verkeerslichten","participantCount":32,
          "voteCount":640,"statementCount":20,
          "groups":[{"label":"A","size":20,"representativeStatements":["Veiligheid eerst"]}],
          "consensusStatements":["Beelden niet bewaren"]}],
        "advice":{},
        "actions":[{"id":"%s","title":"Bewaartermijn vastleggen","owner":"afdeling Mobiliteit",
                    "dueDate":"2027-01-31","status":"PLANNED"}]},
       "allowedTransitions":["ADVICE_DRAFT","WITHDRAWN"]}
      """
          .formatted(ID, RUN, CONVERSATION, ACTION);

  private BackofficeTesting testing;

  @BeforeEach
  void setUp() {
    testing = new BackofficeTesting();
    testing
        .service
        .on("GET", "/api/v1/cases/" + ID, Answer.json(CASE))
        .on(
            "GET",
            "/api/v1/catalogue/instruments/eda/2.0",
            Answer.json(
                """
                {"id":"eda","version":"2.0","name":"De Ethische Data Assistent",
                 "valueFrameworks":["ipo-waardentabel@2024"],
                 "steps":[{"id":"s1","title":"Doel van het project","part":"A"}]}
                """))
        .on(
            "GET",
            "/api/v1/catalogue/value-frameworks",
            Answer.json(
                """
                [{"id":"ipo-waardentabel","version":"2024","name":"IPO","open":false,
                  "values":[{"id":"privacy","name":"Privacy"},{"id":"autonomie","name":"Autonomie"}]}]
                """))
        .on(
            "GET",
            "/api/v1/worklists/driver",
            Answer.json(
                """
                [{"id":"%s","title":"Slimme verkeerslichten","state":"SUBMITTED","origin":"REGISTER",
                  "reason":"Nieuw hoog-risico AI-systeem in het register"}]
                """
                    .formatted(ID)))
        .on(
            "GET",
            "/api/v1/worklists/commission",
            Answer.json(
                """
                {"IN_ASSESSMENT":[{"id":"%s","title":"Slimme verkeerslichten","state":"IN_ASSESSMENT"}]}
                """
                    .formatted(ID)));
  }

  @AfterEach
  void tearDown() {
    testing.close();
  }

  @Test
  void a_register_editor_cannot_see_cases() {
    signInAs("redacteur");

    open("beheer/dossiers/" + ID);

    assertThat(currentView())
        .isEqualTo(view("nl.provincie.ethiek.portal.backoffice.login.NoAccessView"));
    assertThat(testing.service.requests("GET", "/api/v1/cases/" + ID)).isEmpty();
  }

  @Test
  void the_ethics_officer_sees_the_triage_list_first_then_the_stages() {
    signInAs("ethicus");

    open("beheer/dossiers");

    assertThat(pageText())
        .contains("Te triëren")
        .contains("Aanleiding: Nieuw hoog-risico AI-systeem in het register")
        .contains("In beoordeling (1)");
    assertThat(
            testing
                .service
                .requests("GET", "/api/v1/worklists/driver")
                .get(0)
                .header("Authorization"))
        .isEqualTo(basic("ethicus", "demo-ethicus"));
  }

  @Test
  void a_commission_member_sees_the_stages_without_the_triage_list() {
    signInAs("commissie");

    open("beheer/dossiers");

    assertThat(pageText()).contains("In beoordeling (1)").doesNotContain("Te triëren");
    assertThat(testing.service.requests("GET", "/api/v1/worklists/driver")).isEmpty();
  }

  @Test
  void the_keeper_dashboard_counts_overdue_actions_and_due_re_evaluations() {
    testing.service.on(
        "GET",
        "/api/v1/worklists/keeper",
        Answer.json(
            """
            {"actions":[{"caseId":"%s","caseTitle":"Slimme verkeerslichten","actionId":"%s",
               "title":"Bewaartermijn vastleggen","owner":"Mobiliteit","dueDate":"2026-10-01",
               "status":"OVERDUE","overdue":true}],"overdueActions":1,
             "reEvaluations":[{"caseId":"%s","caseTitle":"Slimme verkeerslichten",
               "dueDate":"2026-12-01","trigger":"PERIODIC","overdue":false}],"overdueReEvaluations":0}
            """
                .formatted(ID, ACTION, ID)));
    signInAs("secretaris");

    open("beheer/dossiers/opvolging");

    assertThat(pageText())
        .contains("1 open acties, waarvan 1 te laat.")
        .contains("Bewaartermijn vastleggen (eigenaar Mobiliteit, uiterlijk 1 oktober 2026)")
        .contains("Te laat")
        .contains("1 herbeoordelingen binnenkort, waarvan 0 te laat.")
        .contains("uiterlijk 1 december 2026")
        .doesNotContain("2026-10-01")
        .doesNotContain("2026-12-01");
  }

  @Test
  void the_case_shows_intake_triage_steps_values_and_participation() {
    signInAs("commissie");

    open("beheer/dossiers/" + ID);

    assertThat(pageText())
        .contains("Mag de camera meekijken?")
        .contains("fietsers, automobilisten")
        .contains("Dit dossier is: In beoordeling.")
        .contains("De Ethische Data Assistent (versie 2.0)")
        .contains("Doel van het project")
        .contains("Privacy")
        .contains("Matig")
        .contains("32 deelnemers, 640 stemmen, 20 stellingen.")
        .contains("A (20 deelnemers)")
        .contains("Beelden niet bewaren");
    assertThat(_get(TextArea.class, spec -> spec.withLabel("Antwoord")).getValue())
        .isEqualTo("Eerste antwoord");
  }

  @Test
  void codes_read_as_words_and_register_entries_as_links() {
    String entry = "5f0c2a4e-8a51-4c1e-9a43-0d3c1b8e7f21";
    testing.service.on(
        "GET",
        "/api/v1/cases/" + ID,
        Answer.json(
            CASE.replace("\"subjectType\":\"ALGORITHM\"", "\"subjectType\":\"AI_SYSTEM\"")
                .replace(
                    "\"registerEntryIds\":[],\"origin\":\"REGISTER\"",
                    "\"registerEntryIds\":[\"" + entry + "\"],\"origin\":\"REGISTER_PROPOSAL\"")));
    signInAs("commissie");

    open("beheer/dossiers/" + ID);

    assertThat(pageText())
        .contains("Soort onderwerp: AI-systeem")
        .contains("Herkomst: Voorstel uit het register")
        .doesNotContain("AI_SYSTEM")
        .doesNotContain("REGISTER_PROPOSAL")
        .doesNotContain(entry);
    Anchor link =
        _get(Anchor.class, spec -> spec.withText("Registeronderdeel 1 (openbare pagina)"));
    assertThat(link.getHref()).isEqualTo("register/" + entry);
  }

  @Test
  void an_adopted_advice_says_on_which_day() {
    testing.service.on(
        "GET",
        "/api/v1/cases/" + ID,
        Answer.json(
            CASE.replace(
                "\"advice\":{}",
                "\"advice\":{\"kind\":\"POSITIVE\",\"summary\":\"Doen\","
                    + "\"adoptedAt\":\"2026-11-23T23:30:00.123456Z\"}")));
    signInAs("commissie");

    open("beheer/dossiers/" + ID);

    // half past eleven at night UTC is the next day in the Netherlands
    assertThat(pageText()).contains("Vastgesteld op 24 november 2026.").doesNotContain("T23:30");
  }

  @Test
  void moving_the_case_on_sends_the_target_stage_and_reason() {
    testing.service.on("POST", "/api/v1/cases/" + ID + "/transitions", Answer.json(CASE));
    signInAs("secretaris");
    open("beheer/dossiers/" + ID);

    _setValue(_get(TextField.class, spec -> spec.withLabel("Reden (optioneel)")), "Klaar");
    assertThat(_find(Button.class, spec -> spec.withText("Naar: Conceptadvies")))
        .as("draft advice is reached through the advice form")
        .isEmpty();
    _click(_get(Button.class, spec -> spec.withText("Naar: Ingetrokken")));

    assertThat(
            testing.service.requests("POST", "/api/v1/cases/" + ID + "/transitions").get(0).body())
        .contains("\"to\":\"WITHDRAWN\"")
        .contains("\"reason\":\"Klaar\"");
    assertThat(_get(Paragraph.class, spec -> spec.withClasses("status")).getText())
        .isEqualTo("Het dossier is naar de volgende fase gegaan.");
  }

  @Test
  void triage_sends_the_three_answers_and_the_outcome() {
    testing.service.on("GET", "/api/v1/cases/" + ID, Answer.json(inState("IN_TRIAGE")));
    testing.service.on("PUT", "/api/v1/cases/" + ID + "/triage", Answer.json(CASE));
    signInAs("ethicus");
    open("beheer/dossiers/" + ID);

    _click(_get(Button.class, spec -> spec.withText("Triage opslaan")));

    assertThat(testing.service.requests("PUT", "/api/v1/cases/" + ID + "/triage").get(0).body())
        .contains(
            "\"kanHet\":{\"verdict\":\"YES\",\"rationale\":\"Techniek werkt\",\"discipline\":\"ICT\"}")
        .contains("\"willenWeHet\":{\"verdict\":\"NOT_ASSESSED\"")
        .contains("\"outcome\":\"FULL_ASSESSMENT\"");
  }

  @Test
  void a_value_is_recorded_with_influence_and_arguments() {
    testing.service.on(
        "POST", "/api/v1/cases/" + ID + "/instrument-runs/" + RUN + "/values", Answer.json(CASE));
    signInAs("commissie");
    open("beheer/dossiers/" + ID);

    @SuppressWarnings("unchecked")
    ComboBox<String> value = _get(ComboBox.class, spec -> spec.withLabel("Waarde"));
    _setValue(value, "Autonomie");
    @SuppressWarnings("unchecked")
    Select<String> influence = _get(Select.class, spec -> spec.withLabel("Negatieve invloed"));
    _setValue(influence, "MUCH");
    _setValue(_get(TextArea.class, spec -> spec.withLabel("Argumenten voor")), "sneller\nveiliger");
    _setValue(_get(TextArea.class, spec -> spec.withLabel("Argumenten tegen")), "sturing");
    _click(_get(Button.class, spec -> spec.withText("Waarde vastleggen")));

    assertThat(
            testing
                .service
                .requests("POST", "/api/v1/cases/" + ID + "/instrument-runs/" + RUN + "/values")
                .get(0)
                .body())
        .contains("\"framework\":\"ipo-waardentabel@2024\"")
        .contains("\"value\":\"Autonomie\"")
        .contains("\"influence\":\"MUCH\"")
        .contains("\"argumentsFor\":[\"sneller\",\"veiliger\"]")
        .contains("\"argumentsAgainst\":[\"sturing\"]");
  }

  @Test
  void a_refused_value_shows_the_field_error() {
    testing.service.on(
        "POST",
        "/api/v1/cases/" + ID + "/instrument-runs/" + RUN + "/values",
        new Answer(
            400,
            "application/problem+json",
            """
            {"type":"%svalidation","status":400,"detail":"x",
             "errors":[{"pointer":"/value","message":"'Geluk' is not a value of IPO."}]}
            """
                .formatted(BackofficeTesting.PROBLEM)));
    signInAs("commissie");
    open("beheer/dossiers/" + ID);

    _click(_get(Button.class, spec -> spec.withText("Waarde vastleggen")));

    @SuppressWarnings("unchecked")
    ComboBox<String> value = _get(ComboBox.class, spec -> spec.withLabel("Waarde"));
    assertThat(value.isInvalid()).isTrue();
    assertThat(value.getErrorMessage()).isEqualTo("'Geluk' is not a value of IPO.");
  }

  @Test
  void an_answer_to_a_step_is_saved_as_a_new_revision() {
    testing.service.on(
        "PUT", "/api/v1/cases/" + ID + "/instrument-runs/" + RUN + "/steps/s1", Answer.json(CASE));
    signInAs("ethicus");
    open("beheer/dossiers/" + ID);

    _setValue(_get(TextArea.class, spec -> spec.withLabel("Antwoord")), "Tweede antwoord");
    _click(_get(Button.class, spec -> spec.withText("Antwoord opslaan: Doel van het project")));

    assertThat(
            testing
                .service
                .requests("PUT", "/api/v1/cases/" + ID + "/instrument-runs/" + RUN + "/steps/s1")
                .get(0)
                .body())
        .isEqualTo("{\"text\":\"Tweede antwoord\"}");
  }

  @Test
  void what_was_done_with_the_input_is_recorded() {
    testing.service.on(
        "POST",
        "/api/v1/cases/" + ID + "/participation/" + CONVERSATION + "/use",
        Answer.json(CASE));
    signInAs("secretaris");
    open("beheer/dossiers/" + ID);

    _setValue(
        _get(TextArea.class, spec -> spec.withLabel("Wat de commissie met deze inbreng deed")),
        "Voorwaarde: beelden niet bewaren");
    _click(_get(Button.class, spec -> spec.withText("Gebruik vastleggen")));

    assertThat(
            testing
                .service
                .requests("POST", "/api/v1/cases/" + ID + "/participation/" + CONVERSATION + "/use")
                .get(0)
                .body())
        .isEqualTo("{\"howUsed\":\"Voorwaarde: beelden niet bewaren\"}");
  }

  @Test
  void the_advice_is_sent_while_the_case_is_assessed() {
    testing.service.on("PUT", "/api/v1/cases/" + ID + "/advice", Answer.json(CASE));
    signInAs("secretaris");
    open("beheer/dossiers/" + ID);

    @SuppressWarnings("unchecked")
    Select<String> adviceKind = _get(Select.class, spec -> spec.withLabel("Soort advies"));
    _setValue(adviceKind, "WITH_CONDITIONS");
    _setValue(_get(TextArea.class, spec -> spec.withLabel("Samenvatting")), "Ja, mits");
    _setValue(_get(TextArea.class, spec -> spec.withLabel("Voorwaarden")), "Beelden niet bewaren");
    _click(_get(Button.class, spec -> spec.withText("Advies opslaan")));
    assertThat(testing.service.requests("PUT", "/api/v1/cases/" + ID + "/advice").get(0).body())
        .contains("\"kind\":\"WITH_CONDITIONS\"")
        .contains("\"summary\":\"Ja, mits\"")
        .contains("\"conditions\":[\"Beelden niet bewaren\"]");
  }

  @Test
  void the_decision_is_sent_once_the_advice_is_adopted() {
    String adopted = inState("ADVICE_ADOPTED").replace("\"advice\":{}", ADOPTED_ADVICE);
    testing.service.on("GET", "/api/v1/cases/" + ID, Answer.json(adopted));
    testing.service.on("POST", "/api/v1/cases/" + ID + "/decision", Answer.json(adopted));
    signInAs("secretaris");
    open("beheer/dossiers/" + ID);

    @SuppressWarnings("unchecked")
    Select<String> maker = _get(Select.class, spec -> spec.withLabel("Besluitvormer"));
    _setValue(maker, "GS");
    @SuppressWarnings("unchecked")
    Select<String> decision = _get(Select.class, spec -> spec.withLabel("Besluit over het advies"));
    _setValue(decision, "COMPLY");
    _setValue(
        _get(TextArea.class, spec -> spec.withLabel("Samenvatting van het besluit")), "Opgevolgd");
    _setValue(
        _get(DatePicker.class, spec -> spec.withLabel("Besloten op")), LocalDate.of(2026, 11, 20));
    _click(_get(Button.class, spec -> spec.withText("Besluit vastleggen")));
    assertThat(testing.service.requests("POST", "/api/v1/cases/" + ID + "/decision").get(0).body())
        .contains("\"decisionMaker\":\"GS\"")
        .contains("\"decision\":\"COMPLY\"")
        .contains("\"decidedOn\":\"2026-11-20\"");
  }

  @Test
  void a_follow_up_action_is_added_and_its_status_saved_after_the_decision() {
    String following = inState("IN_FOLLOW_UP");
    testing.service.on("GET", "/api/v1/cases/" + ID, Answer.json(following));
    testing.service.on("POST", "/api/v1/cases/" + ID + "/actions", Answer.json(201, following));
    testing.service.on(
        "POST", "/api/v1/cases/" + ID + "/actions/" + ACTION + "/status", Answer.json(following));
    signInAs("secretaris");
    open("beheer/dossiers/" + ID);

    _setValue(_get(TextField.class, spec -> spec.withLabel("Nieuwe actie")), "Evaluatie plannen");
    _setValue(_get(TextField.class, spec -> spec.withLabel("Eigenaar")), "Mobiliteit");
    _setValue(
        _get(DatePicker.class, spec -> spec.withLabel("Uiterlijk op")), LocalDate.of(2027, 3, 1));
    _click(_get(Button.class, spec -> spec.withText("Actie toevoegen")));
    assertThat(testing.service.requests("POST", "/api/v1/cases/" + ID + "/actions").get(0).body())
        .isEqualTo(
            "{\"title\":\"Evaluatie plannen\",\"owner\":\"Mobiliteit\",\"dueDate\":\"2027-03-01\"}");

    @SuppressWarnings("unchecked")
    Select<String> status =
        _get(Select.class, spec -> spec.withLabel("Status van Bewaartermijn vastleggen"));
    _setValue(status, "DONE");
    _click(_get(Button.class, spec -> spec.withText("Status opslaan")));
    assertThat(
            testing
                .service
                .requests("POST", "/api/v1/cases/" + ID + "/actions/" + ACTION + "/status")
                .get(0)
                .body())
        .isEqualTo("{\"status\":\"DONE\"}");
  }

  @Test
  void while_following_up_the_earlier_parts_are_history_and_read_only() {
    testing.service.on(
        "GET",
        "/api/v1/cases/" + ID,
        Answer.json(
            inState("IN_FOLLOW_UP").replace("\"advice\":{}", ADOPTED_ADVICE + "," + DECISION)));
    signInAs("secretaris");

    open("beheer/dossiers/" + ID);

    assertThat(_find(Button.class, spec -> spec.withText("Triage opslaan"))).isEmpty();
    assertThat(_find(Button.class, spec -> spec.withText("Waarde vastleggen"))).isEmpty();
    assertThat(_find(Button.class, spec -> spec.withText("Advies opslaan"))).isEmpty();
    assertThat(_find(Button.class, spec -> spec.withText("Gebruik vastleggen"))).isEmpty();
    assertThat(_find(TextArea.class, spec -> spec.withLabel("Samenvatting"))).isEmpty();
    assertThat(_find(Button.class, spec -> spec.withText("Actie toevoegen"))).hasSize(1);
    Section history = _get(Section.class, spec -> spec.withClasses("case-history"));
    assertThat(headings(history, H3.class))
        .containsExactly("Triage", "Instrument", "Inbreng van inwoners", "Advies", "Besluit");
    String earlier = history.getElement().getTextRecursively();
    assertThat(earlier)
        .contains("Kan het? Ja. Techniek werkt (volgens ICT)")
        .contains("Uitkomst: Volledige beoordeling.")
        .contains("Soort advies: Positief onder voorwaarden.")
        .contains("Ja, mits de beelden niet bewaard worden")
        .contains("Beelden niet bewaren")
        .contains("Besluit: Advies opgevolgd op 20 november 2026.")
        .contains("Antwoorden op de stappen (1)")
        .contains("Eerste antwoord");
    List<Details> valueTables =
        _find(history, Details.class).stream()
            .filter(details -> details.getSummaryText().startsWith("Waardentabel"))
            .toList();
    assertThat(valueTables)
        .extracting(Details::getSummaryText)
        .containsExactly("Waardentabel tonen (1 waarde)");
    assertThat(valueTables.get(0).isOpened())
        .as("the value table of a run in the history is folded")
        .isFalse();
    List<String> pageHeadings = headings(_get(CaseDetailView.class), H2.class);
    assertThat(pageHeadings.indexOf("Vervolgacties"))
        .as("the stage's work comes before the history: %s", pageHeadings)
        .isLessThan(pageHeadings.indexOf("Eerder in dit dossier"));
  }

  @Test
  void an_adopted_advice_is_shown_beside_the_decision_form_but_cannot_be_edited() {
    testing.service.on(
        "GET",
        "/api/v1/cases/" + ID,
        Answer.json(inState("ADVICE_ADOPTED").replace("\"advice\":{}", ADOPTED_ADVICE)));
    signInAs("commissie");

    open("beheer/dossiers/" + ID);

    assertThat(_find(Select.class, spec -> spec.withLabel("Soort advies"))).isEmpty();
    assertThat(_find(Button.class, spec -> spec.withText("Advies opslaan"))).isEmpty();
    assertThat(_find(Button.class, spec -> spec.withText("Besluit vastleggen"))).hasSize(1);
    assertThat(_find(Button.class, spec -> spec.withText("Actie toevoegen"))).isEmpty();
    assertThat(pageText()).contains("Vastgesteld op 24 november 2026.");
  }

  @Test
  void a_closed_case_is_all_history_in_english_too() {
    testing.service.on(
        "GET",
        "/api/v1/cases/" + ID,
        Answer.json(inState("CLOSED").replace("\"advice\":{}", ADOPTED_ADVICE + "," + DECISION)));
    signInAs("commissie");
    UI.getCurrent().setLocale(Locale.ENGLISH);

    open("beheer/dossiers/" + ID);

    assertThat(_find(Button.class)).extracting(Button::getText).doesNotContain("Save advice");
    assertThat(_find(TextArea.class)).isEmpty();
    Section history = _get(Section.class, spec -> spec.withClasses("case-history"));
    assertThat(headings(history, H3.class))
        .containsExactly(
            "Triage", "Instrument", "Residents’ input", "Advice", "Decision", "Follow-up actions");
    assertThat(history.getElement().getTextRecursively())
        .contains("Can we? Yes.")
        .contains("Bewaartermijn vastleggen (owner afdeling Mobiliteit, due 31 January 2027)")
        .contains("Status: Planned.");
  }

  @Test
  void date_pickers_speak_dutch_and_start_the_week_on_monday() {
    testing.service.on("GET", "/api/v1/cases/" + ID, Answer.json(inState("IN_FOLLOW_UP")));
    signInAs("secretaris");

    open("beheer/dossiers/" + ID);

    DatePicker due = _get(DatePicker.class, spec -> spec.withLabel("Uiterlijk op"));
    assertThat(due.getI18n().getMonthNames()).startsWith("januari", "februari");
    assertThat(due.getI18n().getWeekdays().get(1)).isEqualTo("maandag");
    assertThat(due.getI18n().getFirstDayOfWeek()).isEqualTo(1);
    assertThat(due.getI18n().getToday()).isEqualTo("Vandaag");
    assertThat(due.getI18n().getDateFormats()).first().isEqualTo("dd-MM-yyyy");
  }

  @Test
  void the_value_framework_is_chosen_by_its_name() {
    signInAs("commissie");
    open("beheer/dossiers/" + ID);

    @SuppressWarnings("unchecked")
    Select<String> framework = _get(Select.class, spec -> spec.withLabel("Waardenkader"));
    assertThat(framework.getItemLabelGenerator().apply(framework.getValue()))
        .isEqualTo("IPO (versie 2024)");
  }

  @Test
  void a_dilemma_and_a_rights_test_are_recorded_on_the_run() throws Exception {
    testing.service.on(
        "POST", "/api/v1/cases/" + ID + "/instrument-runs/" + RUN + "/dilemmas", Answer.json(CASE));
    testing.service.on(
        "POST",
        "/api/v1/cases/" + ID + "/instrument-runs/" + RUN + "/rights-tests",
        Answer.json(CASE));
    signInAs("commissie");
    open("beheer/dossiers/" + ID);

    _setValue(
        _get(TextArea.class, spec -> spec.withLabel("Het dilemma")), "Veiligheid of privacy?");
    _setValue(_get(TextArea.class, spec -> spec.withLabel("Optie A")), "Camera's aan");
    _setValue(_get(TextArea.class, spec -> spec.withLabel("Optie B")), "Alleen lussen");
    _click(_get(Button.class, spec -> spec.withText("Dilemma vastleggen")));
    JsonNode dilemma =
        new ObjectMapper()
            .readTree(
                testing
                    .service
                    .requests(
                        "POST", "/api/v1/cases/" + ID + "/instrument-runs/" + RUN + "/dilemmas")
                    .get(0)
                    .body());
    assertThat(dilemma.path("question").asText()).isEqualTo("Veiligheid of privacy?");
    assertThat(dilemma.path("optionA").asText()).isEqualTo("Camera's aan");
    assertThat(dilemma.path("harmA").isNull()).isTrue();

    _setValue(_get(TextArea.class, spec -> spec.withLabel("Grondrecht")), "Privacy (art. 10 Gw)");
    _setValue(
        _get(TextArea.class, spec -> spec.withLabel("Proportionaliteit")),
        "Beperkt tot kruispunten");
    _click(_get(Button.class, spec -> spec.withText("Grondrechtentoets vastleggen")));
    JsonNode rights =
        new ObjectMapper()
            .readTree(
                testing
                    .service
                    .requests(
                        "POST", "/api/v1/cases/" + ID + "/instrument-runs/" + RUN + "/rights-tests")
                    .get(0)
                    .body());
    assertThat(rights.path("right").asText()).isEqualTo("Privacy (art. 10 Gw)");
    assertThat(rights.path("proportionality").asText()).isEqualTo("Beperkt tot kruispunten");
  }

  @Test
  void recorded_dilemmas_are_read_only_history_after_the_assessment() {
    testing.service.on(
        "GET",
        "/api/v1/cases/" + ID,
        Answer.json(
            inState("IN_FOLLOW_UP")
                .replace(
                    "\"values\":[",
                    "\"dilemmas\":[{\"question\":\"Veiligheid of privacy?\",\"optionA\":\"Camera's aan\","
                        + "\"optionB\":\"Alleen lussen\",\"conclusion\":\"Lussen\"}],\"values\":[")));
    signInAs("commissie");

    open("beheer/dossiers/" + ID);

    Section history = _get(Section.class, spec -> spec.withClasses("case-history"));
    assertThat(history.getElement().getTextRecursively())
        .contains("Veiligheid of privacy?")
        .contains("Optie A: Camera's aan")
        .contains("Conclusie: Lussen")
        .contains("Nog geen grondrechtentoets vastgelegd.");
    assertThat(_find(Button.class, spec -> spec.withText("Dilemma vastleggen"))).isEmpty();
  }

  private static final String ADOPTED_ADVICE =
      """
      "advice":{"kind":"WITH_CONDITIONS","summary":"Ja, mits de beelden niet bewaard worden",
        "conditions":["Beelden niet bewaren"],"adoptedAt":"2026-11-23T23:30:00Z"}""";

  private static final String DECISION =
      """
      "decision":{"decisionMaker":"GS","kind":"COMPLY","summary":"Opgevolgd","decidedOn":"2026-11-20"}""";

  private static String inState(String state) {
    return CASE.replace("\"state\":\"IN_ASSESSMENT\"", "\"state\":\"" + state + "\"");
  }

  private static List<String> headings(Component root, Class<? extends Component> level) {
    return _find(root, level).stream().map(heading -> heading.getElement().getText()).toList();
  }
}
