package nl.provincie.ethiek.portal.backoffice.moderation;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static nl.provincie.ethiek.portal.backoffice.BackofficeTesting.basic;
import static nl.provincie.ethiek.portal.backoffice.BackofficeTesting.currentView;
import static nl.provincie.ethiek.portal.backoffice.BackofficeTesting.open;
import static nl.provincie.ethiek.portal.backoffice.BackofficeTesting.pageText;
import static nl.provincie.ethiek.portal.backoffice.BackofficeTesting.signInAs;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import nl.provincie.ethiek.portal.backoffice.BackofficeTesting;
import nl.provincie.ethiek.portal.testing.StubHttpService.Answer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The moderator's pages against a stand-in participation service. */
class BackofficeModerationTest {

  private static final String ID = "11111111-2222-3333-4444-555555555555";
  private static final String STATEMENT = "aaaaaaaa-0000-0000-0000-000000000012";
  private static final String CONVERSATION =
      """
      {"id":"%s","topic":"Slimme verkeerslichten","descriptionNl":"Praat mee.",
       "state":"%s","moderationMode":"STRICT","residentsMayAddStatements":true,
       "maxStatementLength":140}
      """;
  private static final String QUEUE =
      """
      {"items":[{"id":"%s","number":12,"text":"Camera’s horen niet bij verkeerslichten",
        "origin":"RESIDENT","meta":false,"moderation":"PENDING"}],
       "page":%s,"size":20,"pending":45,"accepted":7,"rejected":2}
      """;

  private BackofficeTesting testing;
  private final AtomicReference<String> state = new AtomicReference<>("OPEN");

  @BeforeEach
  void setUp() {
    testing = new BackofficeTesting();
    testing
        .service
        .on(
            "GET",
            "/api/v1/conversations/all",
            request ->
                Answer.json(
                    "{\"items\":[" + CONVERSATION.formatted(ID, state.get()) + "],\"total\":1}"))
        .on(
            "GET",
            "/api/v1/conversations/" + ID + "/moderation",
            request ->
                Answer.json(QUEUE.formatted(STATEMENT, request.query().contains("page=1") ? 1 : 0)))
        .on("POST", "/api/v1/statements/" + STATEMENT + "/accept", Answer.json("{}"))
        .on("POST", "/api/v1/statements/" + STATEMENT + "/reject", Answer.json("{}"))
        .on("POST", "/api/v1/statements/" + STATEMENT + "/meta", Answer.json("{}"));
    signInAs("moderator");
  }

  @AfterEach
  void tearDown() {
    testing.close();
  }

  @Test
  void lists_every_conversation_with_its_state_as_the_moderator() {
    state.set("DRAFT");

    open("beheer/gesprekken");

    assertThat(pageText()).contains("Slimme verkeerslichten").contains("Concept");
    assertThat(
            testing
                .service
                .requests("GET", "/api/v1/conversations/all")
                .get(0)
                .header("Authorization"))
        .isEqualTo(basic("moderator", "demo-moderator"));
  }

  @Test
  void creating_a_conversation_sends_the_settings_and_opens_it() {
    testing.service.on(
        "POST", "/api/v1/conversations", Answer.json(201, CONVERSATION.formatted(ID, "DRAFT")));
    open("beheer/gesprekken");

    _setValue(_get(TextField.class, spec -> spec.withLabel("Onderwerp")), "Slimme verkeerslichten");
    _setValue(
        _get(TextArea.class, spec -> spec.withLabel("Toelichting (Nederlands)")), "Praat mee.");
    _click(_get(Button.class, spec -> spec.withText("Gesprek aanmaken")));

    var request = testing.service.requests("POST", "/api/v1/conversations").get(0);
    assertThat(request.body())
        .contains("\"topic\":\"Slimme verkeerslichten\"")
        .contains("\"descriptionNl\":\"Praat mee.\"")
        .contains("\"moderationMode\":\"STRICT\"")
        .contains("\"maxStatementLength\":140");
    assertThat(request.header("Authorization")).isEqualTo(basic("moderator", "demo-moderator"));
    assertThat(currentView()).isEqualTo(ConversationAdminView.class);
  }

  @Test
  void a_refused_field_is_shown_next_to_it() {
    testing.service.on(
        "POST",
        "/api/v1/conversations",
        new Answer(
            400,
            "application/problem+json",
            """
            {"type":"%svalidation","status":400,"detail":"1 invalid",
             "errors":[{"pointer":"/topic","message":"must not be blank"}]}
            """
                .formatted(BackofficeTesting.PROBLEM)));
    open("beheer/gesprekken");

    _click(_get(Button.class, spec -> spec.withText("Gesprek aanmaken")));

    TextField topic = _get(TextField.class, spec -> spec.withLabel("Onderwerp"));
    assertThat(topic.isInvalid()).isTrue();
    assertThat(topic.getErrorMessage()).isEqualTo("Dit veld is verplicht.");
    assertThat(_get(Paragraph.class, spec -> spec.withClasses("notice")).getText())
        .startsWith("Niet opgeslagen");
    assertThat(currentView()).isEqualTo(ConversationsAdminView.class);
  }

  @Test
  void the_queue_shows_counts_per_state_and_pages() {
    open("beheer/gesprekken/" + ID);

    @SuppressWarnings("unchecked")
    RadioButtonGroup<Object> states =
        _get(RadioButtonGroup.class, spec -> spec.withLabel("Toon stellingen"));
    assertThat(states.getItemLabelGenerator().apply(ModerationModel.Moderation.PENDING))
        .isEqualTo("Te beoordelen (45)");
    assertThat(pageText())
        .contains("Camera’s horen niet bij verkeerslichten")
        .contains("Pagina 1 van 3");

    _click(_get(Button.class, spec -> spec.withText("Volgende pagina")));

    assertThat(testing.service.requests("GET", "/api/v1/conversations/" + ID + "/moderation"))
        .extracting(r -> r.query())
        .containsExactly("state=PENDING&page=0&size=20", "state=PENDING&page=1&size=20");
    assertThat(pageText()).contains("Pagina 2 van 3");
  }

  @Test
  void an_empty_queue_which_the_service_sends_without_items_shows_the_conversation() {
    state.set("DRAFT");
    // Micronaut Serialization leaves an empty list out: a new draft has no "items" at all
    testing.service.on(
        "GET",
        "/api/v1/conversations/" + ID + "/moderation",
        Answer.json("{\"page\":0,\"size\":20,\"pending\":0,\"accepted\":0,\"rejected\":0}"));

    open("beheer/gesprekken/" + ID);

    assertThat(currentView()).isEqualTo(ConversationAdminView.class);
    assertThat(pageText())
        .contains("Dit gesprek is: Concept.")
        .contains("Geen stellingen in deze lijst.");
  }

  @Test
  void accepting_a_statement_posts_it_and_says_so() {
    open("beheer/gesprekken/" + ID);

    _click(_get(Button.class, spec -> spec.withText("Accepteren")));

    assertThat(testing.service.requests("POST", "/api/v1/statements/" + STATEMENT + "/accept"))
        .hasSize(1);
    Paragraph message = _get(Paragraph.class, spec -> spec.withClasses("status-queue"));
    assertThat(message.getText()).isEqualTo("Stelling 12 is geaccepteerd.");
    assertThat(message.getParent()).containsInstanceOf(ModerationQueuePanel.class);
  }

  @Test
  void rejecting_needs_a_reason_which_is_sent_along() {
    open("beheer/gesprekken/" + ID);
    Button reject = _get(Button.class, spec -> spec.withText("Afwijzen"));

    _click(reject);

    TextField reason = _get(TextField.class, spec -> spec.withLabel("Reden van afwijzing"));
    assertThat(reason.isInvalid()).isTrue();
    assertThat(testing.service.requests("POST", "/api/v1/statements/" + STATEMENT + "/reject"))
        .isEmpty();

    _setValue(reason, "Gaat over een persoon");
    _click(reject);

    assertThat(
            testing
                .service
                .requests("POST", "/api/v1/statements/" + STATEMENT + "/reject")
                .get(0)
                .body())
        .isEqualTo("{\"reason\":\"Gaat over een persoon\"}");
  }

  @Test
  void marking_meta_posts_the_flag() {
    open("beheer/gesprekken/" + ID);

    _click(_get(Button.class, spec -> spec.withText("Markeren als meta")));

    assertThat(
            testing
                .service
                .requests("POST", "/api/v1/statements/" + STATEMENT + "/meta")
                .get(0)
                .body())
        .isEqualTo("{\"meta\":true}");
  }

  @Test
  void a_draft_is_opened_an_open_one_closed_and_a_closed_one_reported() {
    state.set("DRAFT");
    testing.service.on(
        "POST",
        "/api/v1/conversations/" + ID + "/open",
        request -> {
          state.set("OPEN");
          return Answer.json(CONVERSATION.formatted(ID, "OPEN"));
        });
    testing.service.on(
        "POST",
        "/api/v1/conversations/" + ID + "/close",
        request -> {
          state.set("CLOSED");
          return Answer.json(CONVERSATION.formatted(ID, "CLOSED"));
        });
    answerReportPublished();
    open("beheer/gesprekken/" + ID);

    _click(_get(Button.class, spec -> spec.withText("Gesprek openen")));
    assertThat(pageText()).contains("Dit gesprek is: Open.");
    _click(_get(Button.class, spec -> spec.withText("Gesprek sluiten")));
    _click(_get(Button.class, spec -> spec.withText("Sluiten")));
    assertThat(pageText()).contains("Dit gesprek is: Gesloten.");
    _click(_get(Button.class, spec -> spec.withText("Verslag publiceren")));

    assertThat(pageText()).contains("Dit gesprek is: Verslag gepubliceerd.");
    assertThat(_get(Paragraph.class, spec -> spec.withClasses("status-state")).getText())
        .isEqualTo("Het verslag is gepubliceerd.");
  }

  private void answerReportPublished() {
    testing.service.on(
        "POST",
        "/api/v1/conversations/" + ID + "/report",
        request -> {
          state.set("REPORT_PUBLISHED");
          return Answer.json(201, "{\"conversationId\":\"" + ID + "\"}");
        });
  }

  @Test
  void publishing_the_report_of_a_conversation_with_a_case_says_it_went_to_the_case() {
    String withCase =
        CONVERSATION.replace(
            "\"maxStatementLength\":140",
            "\"maxStatementLength\":140," + "\"caseId\":\"" + UUID.randomUUID() + "\"");
    state.set("CLOSED");
    testing.service.on(
        "GET",
        "/api/v1/conversations/all",
        request ->
            Answer.json("{\"items\":[" + withCase.formatted(ID, state.get()) + "],\"total\":1}"));
    answerReportPublished();
    open("beheer/gesprekken/" + ID);

    _click(_get(Button.class, spec -> spec.withText("Verslag publiceren")));

    assertThat(_get(Paragraph.class, spec -> spec.withClasses("status-state")).getText())
        .isEqualTo("Het verslag is gepubliceerd en naar het dossier gestuurd.");
  }

  @Test
  void closing_asks_first_and_cancelling_sends_nothing_and_returns_focus() {
    open("beheer/gesprekken/" + ID);
    Button close = _get(Button.class, spec -> spec.withText("Gesprek sluiten"));

    _click(close);

    assertThat(close.isVisible()).isFalse();
    assertThat(pageText()).contains("Gesprek sluiten? Inwoners kunnen daarna niet meer stemmen.");
    _click(_get(Button.class, spec -> spec.withText("Annuleren")));

    assertThat(close.isVisible()).isTrue();
    assertThat(testing.service.requests("POST", "/api/v1/conversations/" + ID + "/close"))
        .isEmpty();
  }

  @Test
  void the_close_confirmation_is_english_for_an_english_moderator() {
    UI.getCurrent().setLocale(Locale.ENGLISH);
    open("beheer/gesprekken/" + ID);

    _click(_get(Button.class, spec -> spec.withText("Close conversation")));

    assertThat(pageText()).contains("Close the conversation? Residents can then no longer vote.");
    assertThat(_find(Button.class, spec -> spec.withText("Cancel"))).hasSize(1);
  }

  private void answerStatement13Seeded() {
    testing.service.on(
        "POST",
        "/api/v1/conversations/" + ID + "/statements/seed",
        Answer.json(
            201,
            "{\"id\":\"%s\",\"number\":13,\"text\":\"x\",\"meta\":false,\"moderation\":\"ACCEPTED\"}"
                .formatted(STATEMENT)));
  }

  @Test
  void a_refused_action_clears_the_earlier_success_message() {
    answerStatement13Seeded();
    testing.service.on(
        "POST",
        "/api/v1/statements/" + STATEMENT + "/accept",
        Answer.problem(409, BackofficeTesting.PROBLEM + "invalid-conversation-state", "no"));
    open("beheer/gesprekken/" + ID);
    _setValue(_get(TextArea.class, spec -> spec.withLabel("Tekst van de stelling")), "Nee");
    _click(_get(Button.class, spec -> spec.withText("Stelling toevoegen")));
    assertThat(_get(Paragraph.class, spec -> spec.withClasses("status-seed")).getText())
        .isEqualTo("Stelling 13 is toegevoegd.");

    _click(_get(Button.class, spec -> spec.withText("Accepteren")));

    assertThat(_get(Paragraph.class, spec -> spec.withClasses("status-seed")).getText()).isEmpty();
    assertThat(_get(Paragraph.class, spec -> spec.withClasses("status-queue")).getText())
        .startsWith("Dat kan niet in de huidige fase");
  }

  @Test
  void closing_at_the_wrong_moment_explains_the_state_conflict() {
    testing.service.on(
        "POST",
        "/api/v1/conversations/" + ID + "/close",
        Answer.problem(409, BackofficeTesting.PROBLEM + "invalid-conversation-state", "no"));
    open("beheer/gesprekken/" + ID);

    _click(_get(Button.class, spec -> spec.withText("Gesprek sluiten")));
    _click(_get(Button.class, spec -> spec.withText("Sluiten")));

    assertThat(_get(Paragraph.class, spec -> spec.withClasses("status-state")).getText())
        .startsWith("Dat kan niet in de huidige fase");
  }

  @Test
  void seeding_a_statement_sends_text_and_meta() {
    answerStatement13Seeded();
    open("beheer/gesprekken/" + ID);

    _setValue(
        _get(TextArea.class, spec -> spec.withLabel("Tekst van de stelling")), "Geen camera’s");
    _click(_get(Button.class, spec -> spec.withText("Stelling toevoegen")));

    assertThat(
            testing
                .service
                .requests("POST", "/api/v1/conversations/" + ID + "/statements/seed")
                .get(0)
                .body())
        .contains("\"text\":\"Geen camera’s\"")
        .contains("\"meta\":false");
    assertThat(_get(Paragraph.class, spec -> spec.withClasses("status-seed")).getText())
        .isEqualTo("Stelling 13 is toegevoegd.");
  }
}
