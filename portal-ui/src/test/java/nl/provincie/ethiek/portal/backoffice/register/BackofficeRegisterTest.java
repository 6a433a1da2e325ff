package nl.provincie.ethiek.portal.backoffice.register;

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

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Locale;
import nl.provincie.ethiek.portal.backoffice.BackofficeTesting;
import nl.provincie.ethiek.portal.testing.StubHttpService;
import nl.provincie.ethiek.portal.testing.StubHttpService.Answer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The register editor's pages against a stand-in register service. */
class BackofficeRegisterTest {

  private static final String ID = "22222222-3333-4444-5555-666666666666";
  private static final String DETAIL =
      """
      {"id":"%s","kind":"ALGORITHM","status":"%s","version":3,
       "algorithm":{"name":"Slimme verkeerslichten","description_short":"Regelt het verkeer.",
         "organization":"Provincie","status":"In gebruik","contact_email":"a@provincie.example",
         "publication_category":"Hoog-risico AI-systeem","category":["Verkeer"],
         "lawful_basis_grouping":[{"title":"Wegenverkeerswet","link":"https://wetten.example"}]},
       "internal":{"ai_act_role":"Gebruiksverantwoordelijke","ethics_case_ids":[]},
       "national":{"lars":"12345678","state":"PUBLISHED"}}
      """;

  private BackofficeTesting testing;

  @BeforeEach
  void setUp() {
    testing = new BackofficeTesting();
    testing
        .service
        .on(
            "GET",
            "/api/v1/entries",
            Answer.json(
                """
                {"items":[{"id":"%s","kind":"ALGORITHM","name":"Slimme verkeerslichten",
                  "status":"DRAFT","version":3}],"total":1,"page":0,"size":25}
                """
                    .formatted(ID)))
        .on("GET", "/api/v1/entries/" + ID, Answer.json(DETAIL.formatted(ID, "DRAFT")));
    signInAs("redacteur");
  }

  @AfterEach
  void tearDown() {
    testing.close();
  }

  @Test
  void a_moderator_cannot_edit_the_register() {
    testing.close();
    testing = new BackofficeTesting();
    signInAs("moderator");

    open("beheer/register");

    assertThat(currentView())
        .isEqualTo(view("nl.provincie.ethiek.portal.backoffice.login.NoAccessView"));
    assertThat(testing.service.requests("GET", "/api/v1/entries")).isEmpty();
  }

  @Test
  void lists_the_drafts_as_the_register_editor() {
    open("beheer/register");

    var request = testing.service.requests("GET", "/api/v1/entries").get(0);
    assertThat(request.query()).isEqualTo("status=DRAFT&page=0&size=25");
    assertThat(request.header("Authorization")).isEqualTo(basic("redacteur", "demo-redacteur"));
    assertThat(pageText()).contains("Slimme verkeerslichten").contains("(algoritme, versie 3)");
  }

  @Test
  void the_list_pages_through_the_entries_of_a_status() {
    testing.service.on(
        "GET",
        "/api/v1/entries",
        request ->
            Answer.json(
                """
                {"items":[{"id":"%s","kind":"PLATFORM","name":"Mastodon","status":"PUBLISHED",
                  "version":1}],"total":60,"page":0,"size":25}
                """
                    .formatted(ID)));
    open("beheer/register");
    @SuppressWarnings("unchecked")
    com.vaadin.flow.component.radiobutton.RadioButtonGroup<String> status =
        _get(
            com.vaadin.flow.component.radiobutton.RadioButtonGroup.class,
            spec -> spec.withLabel("Status"));

    _setValue(status, "PUBLISHED");
    _click(_get(Button.class, spec -> spec.withText("Volgende pagina")));

    assertThat(testing.service.requests("GET", "/api/v1/entries"))
        .extracting(r -> r.query())
        .containsExactly(
            "status=DRAFT&page=0&size=25",
            "status=PUBLISHED&page=0&size=25",
            "status=PUBLISHED&page=1&size=25");
    assertThat(pageText())
        .contains("Mastodon")
        .contains("(platform, versie 1)")
        .contains("Pagina 2 van 3");
  }

  @Test
  void a_new_algorithm_is_sent_under_the_standard_names_and_opened() {
    testing.service.on(
        "POST", "/api/v1/algorithms", Answer.json(201, DETAIL.formatted(ID, "DRAFT")));
    open("beheer/register/algoritme/nieuw");

    _setValue(_get(TextField.class, spec -> spec.withLabel("Naam")), "Slimme verkeerslichten");
    _setValue(_get(TextArea.class, spec -> spec.withLabel("Korte omschrijving")), "Regelt.");
    @SuppressWarnings("unchecked")
    RadioButtonGroup<String> category =
        _get(RadioButtonGroup.class, spec -> spec.withLabel("Publicatiecategorie"));
    _setValue(category, "Hoog-risico AI-systeem");
    _click(_get(Button.class, spec -> spec.withText("Concept aanmaken")));

    String body = testing.service.requests("POST", "/api/v1/algorithms").get(0).body();
    assertThat(body)
        .contains("\"name\":\"Slimme verkeerslichten\"")
        .contains("\"description_short\":\"Regelt.\"")
        .contains("\"publication_category\":\"Hoog-risico AI-systeem\"")
        .contains("\"internal\":{");
    assertThat(currentView()).isEqualTo(EntryEditView.class);
    assertThat(testing.service.requests("GET", "/api/v1/entries/" + ID)).hasSize(1);
  }

  @Test
  void no_required_choice_is_a_select_whose_button_would_carry_aria_required() {
    open("beheer/register/algoritme/nieuw");

    assertThat(_find(Select.class)).isNotEmpty().noneMatch(Select::isRequiredIndicatorVisible);
    @SuppressWarnings("unchecked")
    RadioButtonGroup<String> status =
        _get(RadioButtonGroup.class, spec -> spec.withLabel("Status van gebruik"));
    assertThat(status.isRequiredIndicatorVisible()).isTrue();
    assertThat(status.getListDataView().getItems())
        .containsExactly("In ontwikkeling", "In gebruik", "Buiten gebruik");
  }

  @Test
  void field_errors_of_the_service_appear_next_to_their_fields() {
    testing.service.on(
        "PUT",
        "/api/v1/algorithms/" + ID,
        new Answer(
            400,
            "application/problem+json",
            """
            {"type":"%svalidation","status":400,"detail":"3 invalid",
             "errors":[{"pointer":"/fields/goal","message":"is required for Hoog-risico AI-systeem"},
                       {"pointer":"/fields/contact_email","message":"must be an email address"},
                       {"pointer":"/changeNote","message":"is required: say what changed and why"}]}
            """
                .formatted(BackofficeTesting.PROBLEM)));
    open("beheer/register/algoritme/" + ID);

    _click(_get(Button.class, spec -> spec.withText("Nieuwe versie opslaan")));

    TextArea goal = _get(TextArea.class, spec -> spec.withLabel("Doel en impact"));
    assertThat(goal.isInvalid()).isTrue();
    assertThat(goal.getErrorMessage()).isEqualTo("Dit veld is verplicht.");
    TextField email = _get(TextField.class, spec -> spec.withLabel("E-mailadres voor contact"));
    assertThat(email.getErrorMessage()).isEqualTo("must be an email address");
    assertThat(_get(TextArea.class, spec -> spec.withLabel("Wijzigingsnotitie")).isInvalid())
        .isTrue();
    assertThat(_get(Paragraph.class, spec -> spec.withClasses("notice")).getText())
        .startsWith("Niet opgeslagen");
  }

  /** The service answers in the language the request asks for, as the real ones do. */
  private static Answer contactRefused(StubHttpService.Request request) {
    boolean english = "en".equals(request.header("Accept-Language"));
    return new Answer(
        400,
        "application/problem+json",
        """
        {"type":"%svalidation","status":400,"detail":"1","errors":[
          {"pointer":"/fields/contact_email","message":"%s"}]}
        """
            .formatted(
                BackofficeTesting.PROBLEM,
                english
                    ? "must be an e-mail address or a link starting with https://"
                    : "moet een e-mailadres zijn of een link die begint met https://"));
  }

  @Test
  void the_service_is_asked_in_the_back_office_language_and_its_message_shown() {
    testing.service.on("PUT", "/api/v1/algorithms/" + ID, BackofficeRegisterTest::contactRefused);
    open("beheer/register/algoritme/" + ID);

    _click(_get(Button.class, spec -> spec.withText("Nieuwe versie opslaan")));

    assertThat(testing.service.requests("PUT", "/api/v1/algorithms/" + ID))
        .last()
        .satisfies(request -> assertThat(request.header("Accept-Language")).isEqualTo("nl"));
    assertThat(
            _get(TextField.class, spec -> spec.withLabel("E-mailadres voor contact"))
                .getErrorMessage())
        .isEqualTo("moet een e-mailadres zijn of een link die begint met https://");

    UI.getCurrent().setLocale(Locale.ENGLISH);
    open("beheer/register/algoritme/" + ID);
    _click(_get(Button.class, spec -> spec.withText("Save new version")));

    assertThat(testing.service.requests("PUT", "/api/v1/algorithms/" + ID))
        .last()
        .satisfies(request -> assertThat(request.header("Accept-Language")).isEqualTo("en"));
    assertThat(
            _get(TextField.class, spec -> spec.withLabel("Contact email address"))
                .getErrorMessage())
        .isEqualTo("must be an e-mail address or a link starting with https://");
  }

  @Test
  void a_refusal_without_fields_shows_the_services_own_explanation() {
    testing.service.on(
        "PUT",
        "/api/v1/algorithms/" + ID,
        Answer.problem(
            409,
            BackofficeTesting.PROBLEM + "invalid-entry-state",
            "De registratie is ARCHIVED; registratie x is ARCHIVED; change kan niet."));
    open("beheer/register/algoritme/" + ID);

    _click(_get(Button.class, spec -> spec.withText("Nieuwe versie opslaan")));

    assertThat(_get(Paragraph.class, spec -> spec.withClasses("notice")).getText())
        .endsWith("De registratie is ARCHIVED; registratie x is ARCHIVED; change kan niet.");
  }

  @Test
  void a_new_version_keeps_the_fields_the_form_does_not_show_and_sends_the_change_note() {
    testing.service.on(
        "PUT", "/api/v1/algorithms/" + ID, Answer.json(DETAIL.formatted(ID, "DRAFT")));
    open("beheer/register/algoritme/" + ID);

    _setValue(_get(TextArea.class, spec -> spec.withLabel("Risico’s")), "Verkeerde prioriteit.");
    _setValue(
        _get(TextArea.class, spec -> spec.withLabel("Wijzigingsnotitie")), "Risico’s aangevuld");
    _click(_get(Button.class, spec -> spec.withText("Nieuwe versie opslaan")));

    String body = testing.service.requests("PUT", "/api/v1/algorithms/" + ID).get(0).body();
    assertThat(body)
        .contains("\"risks\":\"Verkeerde prioriteit.\"")
        .contains("\"lawful_basis_grouping\":[{\"title\":\"Wegenverkeerswet\"")
        .contains("\"ai_act_role\":\"Gebruiksverantwoordelijke\"")
        .contains("\"category\":[\"Verkeer\"]")
        .contains("\"changeNote\":\"Risico’s aangevuld\"");
    assertThat(_get(Paragraph.class, spec -> spec.withClasses("status")).getText())
        .isEqualTo("Opgeslagen als versie 3.");
  }

  @Test
  void publishing_a_draft_and_archiving_with_a_note() {
    testing.service.on(
        "POST",
        "/api/v1/entries/" + ID + "/publish",
        Answer.json(DETAIL.formatted(ID, "PUBLISHED")));
    testing.service.on(
        "POST",
        "/api/v1/entries/" + ID + "/archive",
        Answer.json(DETAIL.formatted(ID, "ARCHIVED")));
    open("beheer/register/algoritme/" + ID);

    _click(_get(Button.class, spec -> spec.withText("Publiceren")));

    assertThat(testing.service.requests("POST", "/api/v1/entries/" + ID + "/publish")).hasSize(1);
    assertThat(pageText()).contains("Status: Gepubliceerd, versie 3.");

    _setValue(
        _get(TextArea.class, spec -> spec.withLabel("Wijzigingsnotitie")), "Niet meer in gebruik");
    _click(_get(Button.class, spec -> spec.withText("Archiveren")));

    assertThat(testing.service.requests("POST", "/api/v1/entries/" + ID + "/archive").get(0).body())
        .isEqualTo("{\"changeNote\":\"Niet meer in gebruik\"}");
    assertThat(pageText()).contains("Status: Gearchiveerd, versie 3.");
  }

  @Test
  void a_published_algorithm_is_delivered_to_the_national_register() {
    testing.service.on(
        "GET", "/api/v1/entries/" + ID, Answer.json(DETAIL.formatted(ID, "PUBLISHED")));
    testing.service.on(
        "POST",
        "/api/v1/algorithms/" + ID + "/delivery",
        Answer.json("{\"id\":7,\"action\":\"UPSERT\",\"state\":\"PENDING\"}"));
    open("beheer/register/algoritme/" + ID);

    assertThat(pageText()).contains("LARS-code 12345678");
    _click(_get(Button.class, spec -> spec.withText("Aanleveren bij het landelijke register")));

    assertThat(testing.service.requests("POST", "/api/v1/algorithms/" + ID + "/delivery"))
        .hasSize(1);
    assertThat(_get(Paragraph.class, spec -> spec.withClasses("status")).getText())
        .isEqualTo("Aanlevering in de wachtrij gezet (stand: PENDING).");
  }

  @Test
  void the_dry_run_reports_files_and_skipped_entries() {
    testing.service.on(
        "POST",
        "/api/v1/delivery/dry-run",
        Answer.json(
            "{\"directory\":\"/tmp/dry\",\"files\":[\"a.json\",\"b.json\"],\"skipped\":[{}]}"));
    open("beheer/register");

    _click(_get(Button.class, spec -> spec.withText("Proefaanlevering maken")));

    assertThat(_get(Paragraph.class, spec -> spec.withClasses("status")).getText())
        .isEqualTo(
            "Proefaanlevering klaar: 2 bestanden gemaakt, 1 onderdelen overgeslagen (in /tmp/dry).");
  }
}
