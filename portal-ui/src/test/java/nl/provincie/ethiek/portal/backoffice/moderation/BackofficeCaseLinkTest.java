package nl.provincie.ethiek.portal.backoffice.moderation;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static nl.provincie.ethiek.portal.backoffice.BackofficeTesting.basic;
import static nl.provincie.ethiek.portal.backoffice.BackofficeTesting.open;
import static nl.provincie.ethiek.portal.backoffice.BackofficeTesting.signInAs;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import nl.provincie.ethiek.portal.backoffice.BackofficeTesting;
import nl.provincie.ethiek.portal.testing.StubHttpService.Answer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 14 item 12: a conversation is linked to a case chosen by title from the case service's
 * list, and the conversation list says how many statements wait for moderation.
 */
class BackofficeCaseLinkTest {

  private static final String ID = "11111111-2222-3333-4444-555555555555";
  private static final String OTHER = "11111111-2222-3333-4444-666666666666";
  private static final String LANTERNS = "22222222-0000-0000-0000-000000000001";
  private static final String SOLAR = "22222222-0000-0000-0000-000000000002";
  private static final String UNLISTED = "22222222-0000-0000-0000-000000000099";
  private static final String CASE_LABEL = "Hoort bij dossier (optioneel)";
  private static final String CASES =
      """
      {"items":[
        {"id":"%s","title":"Slimme lantaarns","state":"IN_ASSESSMENT","confidentiality":"INTERNAL"},
        {"id":"%s","title":"Zonneparken op landbouwgrond","state":"SUBMITTED"}],
       "total":2}
      """
          .formatted(LANTERNS, SOLAR);
  private static final ObjectMapper JSON = new ObjectMapper();

  private BackofficeTesting testing;
  private final AtomicReference<String> linked = new AtomicReference<>(null);

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
                    "{\"items\":[%s,%s],\"total\":2}"
                        .formatted(
                            conversation(ID, "Slimme verkeerslichten", linked.get(), 3),
                            conversation(OTHER, "Wolven in de provincie", null, 0))))
        .on(
            "GET",
            "/api/v1/conversations/" + ID + "/moderation",
            Answer.json("{\"page\":0,\"size\":20,\"pending\":3,\"accepted\":0,\"rejected\":0}"))
        .on("GET", "/api/v1/cases", Answer.json(CASES))
        .on(
            "PUT",
            "/api/v1/conversations/" + ID,
            request -> {
              JsonNode sent = parse(request.body());
              linked.set(sent.hasNonNull("caseId") ? sent.get("caseId").asText() : null);
              return Answer.json(conversation(ID, "Slimme verkeerslichten", linked.get(), 3));
            });
    signInAs("moderator");
  }

  @AfterEach
  void tearDown() {
    testing.close();
  }

  private static String conversation(String id, String topic, String caseId, long pending) {
    return """
        {"id":"%s","topic":"%s","descriptionNl":"Praat mee.","state":"OPEN",
         "moderationMode":"STRICT","residentsMayAddStatements":true,"maxStatementLength":140,
         %s"pendingStatements":%d}
        """
        .formatted(id, topic, caseId == null ? "" : "\"caseId\":\"" + caseId + "\",", pending);
  }

  private static JsonNode parse(String body) {
    try {
      return JSON.readTree(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @SuppressWarnings("unchecked")
  private static ComboBox<ModerationModel.CaseChoice> caseField(String label) {
    return _get(ComboBox.class, spec -> spec.withLabel(label));
  }

  private JsonNode lastSaved() {
    List<nl.provincie.ethiek.portal.testing.StubHttpService.Request> saves =
        testing.service.requests("PUT", "/api/v1/conversations/" + ID);
    assertThat(saves).isNotEmpty();
    return parse(saves.get(saves.size() - 1).body());
  }

  private static void save() {
    _click(_get(Button.class, spec -> spec.withText("Instellingen opslaan")));
  }

  @Test
  void the_cases_are_offered_by_title_with_no_case_first_and_searchable() {
    open("beheer/gesprekken/" + ID);
    ComboBox<ModerationModel.CaseChoice> field = caseField(CASE_LABEL);

    assertThat(ComboBoxKt.getSuggestions(field))
        .containsExactly(
            "Geen dossier",
            "Slimme lantaarns (In beoordeling)",
            "Zonneparken op landbouwgrond (Ingediend)");
    assertThat(field.getValue().id()).isNull();
    ComboBoxKt.setUserInput(field, "zonne");
    assertThat(ComboBoxKt.getSuggestions(field))
        .containsExactly("Zonneparken op landbouwgrond (Ingediend)");
    assertThat(testing.service.requests("GET", "/api/v1/cases").get(0).header("Authorization"))
        .isEqualTo(basic("moderator", "demo-moderator"));
  }

  @Test
  void choosing_a_case_sends_its_id() {
    open("beheer/gesprekken/" + ID);

    ComboBoxKt.selectByLabel(caseField(CASE_LABEL), "Slimme lantaarns (In beoordeling)");
    save();

    assertThat(lastSaved().get("caseId").asText()).isEqualTo(LANTERNS);
    assertThat(_get(Paragraph.class, spec -> spec.withClasses("status-settings")).getText())
        .isEqualTo("De instellingen zijn opgeslagen.");
    assertThat(caseField(CASE_LABEL).getValue().id()).hasToString(LANTERNS);
  }

  @Test
  void an_existing_link_shows_its_case_selected_and_no_case_clears_it() {
    linked.set(SOLAR);
    open("beheer/gesprekken/" + ID);
    ComboBox<ModerationModel.CaseChoice> field = caseField(CASE_LABEL);

    assertThat(field.getItemLabelGenerator().apply(field.getValue()))
        .isEqualTo("Zonneparken op landbouwgrond (Ingediend)");
    ComboBoxKt.selectByLabel(field, "Geen dossier");
    save();

    assertThat(lastSaved().hasNonNull("caseId")).isFalse();
    assertThat(caseField(CASE_LABEL).getValue().id()).isNull();
  }

  @Test
  void a_linked_case_the_list_does_not_hold_is_shown_by_its_id_and_kept() {
    linked.set(UNLISTED);
    open("beheer/gesprekken/" + ID);
    ComboBox<ModerationModel.CaseChoice> field = caseField(CASE_LABEL);

    assertThat(field.getItemLabelGenerator().apply(field.getValue()))
        .isEqualTo("Dossier " + UNLISTED);
    save();

    assertThat(lastSaved().get("caseId").asText()).isEqualTo(UNLISTED);
  }

  @Test
  void without_the_case_service_the_link_is_kept_and_the_field_says_why() {
    linked.set(LANTERNS);
    testing.service.on(
        "GET",
        "/api/v1/cases",
        Answer.problem(503, BackofficeTesting.PROBLEM + "unavailable", "down"));
    open("beheer/gesprekken/" + ID);
    ComboBox<ModerationModel.CaseChoice> field = caseField(CASE_LABEL);

    assertThat(field.isReadOnly()).isTrue();
    assertThat(field.getHelperText())
        .startsWith("De lijst met dossiers kan nu niet worden geladen.");
    assertThat(field.getItemLabelGenerator().apply(field.getValue()))
        .isEqualTo("Dossier " + LANTERNS);
    save();

    assertThat(lastSaved().get("caseId").asText()).isEqualTo(LANTERNS);
    assertThat(lastSaved().get("topic").asText()).isEqualTo("Slimme verkeerslichten");
    assertThat(_get(Paragraph.class, spec -> spec.withClasses("status-settings")).getText())
        .isEqualTo("De instellingen zijn opgeslagen.");
  }

  @Test
  void a_new_conversation_can_be_linked_to_a_case_from_the_start() {
    testing.service.on(
        "POST",
        "/api/v1/conversations",
        request -> Answer.json(201, conversation(ID, "Slimme verkeerslichten", LANTERNS, 0)));
    open("beheer/gesprekken");

    ComboBoxKt.selectByLabel(caseField(CASE_LABEL), "Slimme lantaarns (In beoordeling)");
    _click(_get(Button.class, spec -> spec.withText("Gesprek aanmaken")));

    JsonNode sent = parse(testing.service.requests("POST", "/api/v1/conversations").get(0).body());
    assertThat(sent.get("caseId").asText()).isEqualTo(LANTERNS);
  }

  @Test
  void the_list_says_per_conversation_how_many_statements_wait() {
    open("beheer/gesprekken");

    assertThat(lineOf("Slimme verkeerslichten")).contains("3 stellingen wachten op moderatie");
    assertThat(lineOf("Wolven in de provincie")).doesNotContain("moderatie");
  }

  @Test
  void the_counts_and_the_case_field_are_english_for_an_english_moderator() {
    UI.getCurrent().setLocale(Locale.ENGLISH);
    open("beheer/gesprekken");

    assertThat(lineOf("Slimme verkeerslichten")).contains("3 statements awaiting moderation");
    ComboBox<ModerationModel.CaseChoice> field = caseField("Belongs to case (optional)");
    assertThat(ComboBoxKt.getSuggestions(field))
        .containsExactly(
            "No case",
            "Slimme lantaarns (In assessment)",
            "Zonneparken op landbouwgrond (Submitted)");
  }

  @Test
  void one_waiting_statement_is_said_in_the_singular() {
    testing.service.on(
        "GET",
        "/api/v1/conversations/all",
        Answer.json(
            "{\"items\":[%s],\"total\":1}"
                .formatted(conversation(ID, "Slimme verkeerslichten", null, 1))));
    open("beheer/gesprekken");

    assertThat(lineOf("Slimme verkeerslichten")).contains("1 stelling wacht op moderatie");
  }

  private static String lineOf(String topic) {
    return _find(ListItem.class).stream()
        .map(item -> item.getElement().getTextRecursively())
        .filter(text -> text.startsWith(topic))
        .findFirst()
        .orElseThrow(() -> new AssertionError("No line for " + topic));
  }
}
