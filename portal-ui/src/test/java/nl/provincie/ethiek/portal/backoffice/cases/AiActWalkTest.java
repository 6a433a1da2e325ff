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
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.ArrayList;
import java.util.List;
import nl.provincie.ethiek.portal.backoffice.BackofficeTesting;
import nl.provincie.ethiek.portal.testing.StubHttpService.Answer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The AI Act decision aid walked one question at a time on the case page. */
class AiActWalkTest {

  private static final String ID = "33333333-4444-5555-6666-777777777777";
  private static final String TREE =
      """
      {"version":"1.0.0","name":"Beslishulp AI-verordening","firstQuestionId":"1.1",
       "questions":{
         "1.1":{"id":"1.1","text":"Bevat de toepassing een algoritme?",
                "options":[{"answer":"Ja","labels":[]},{"answer":"Nee","labels":["geen algoritme"]}]},
         "1.2":{"id":"1.2","text":"Wie ontwikkelt de toepassing?",
                "options":[{"answer":"Wijzelf","labels":["aanbieder"]},
                           {"answer":"Een ander","labels":["gebruiksverantwoordelijke"]}]},
         "1.3":{"id":"1.3","text":"Is de toepassing in gebruik?",
                "options":[{"answer":"Ja","labels":[]},{"answer":"Nee","labels":[]}]}},
       "conclusions":{"11.0":"Er is geen algoritme; de AI-verordening is niet van toepassing."}}
      """;

  private BackofficeTesting testing;

  @BeforeEach
  void setUp() {
    testing = new BackofficeTesting();
    testing.service.on("GET", "/api/v1/catalogue/ai-act", Answer.json(TREE));
    testing.service.on("PUT", "/api/v1/cases/" + ID + "/ai-act", Answer.json(withAiAct("null")));
  }

  @AfterEach
  void tearDown() {
    testing.close();
  }

  private static String withAiAct(String aiAct) {
    return """
        {"ethicsCase":{"id":"%s","state":"IN_ASSESSMENT","confidentiality":"INTERNAL",
          "intake":{"title":"Chatbot"},"registerEntryIds":[],"runs":[],
          "participationRequests":[],"participationInputs":[],"advice":{},"actions":[],
          "aiAct":%s},
         "allowedTransitions":[]}
        """
        .formatted(ID, aiAct);
  }

  private void openCase(String aiAct) {
    testing.service.on("GET", "/api/v1/cases/" + ID, Answer.json(withAiAct(aiAct)));
    signInAs("ethicus");
    open("beheer/dossiers/" + ID);
  }

  @Test
  void a_case_without_a_classification_is_asked_the_trees_first_question() throws Exception {
    openCase("null");

    assertThat(pageText()).contains("Nog niet bepaald.");
    @SuppressWarnings("unchecked")
    RadioButtonGroup<String> question =
        _get(RadioButtonGroup.class, spec -> spec.withLabel("Bevat de toepassing een algoritme?"));
    assertThat(question.getListDataView().getItems().toList()).containsExactly("Ja", "Nee");
    _setValue(question, "Ja");
    _click(_get(Button.class, spec -> spec.withText("Antwoord vastleggen")));

    assertThat(sentAnswers()).containsExactly("1.1=Ja");
  }

  @Test
  void the_next_question_is_the_one_the_case_service_names_and_the_answers_are_sent_in_order()
      throws Exception {
    openCase(
        """
        {"answers":[{"questionId":"1.1","answer":"Ja"}],"riskGroup":"UNDETERMINED",
         "nextQuestionId":"1.2"}""");

    assertThat(pageText())
        .contains("Bevat de toepassing een algoritme? Ja")
        .contains("Vraag 2 (nummer 1.2 in de beslishulp)");
    assertThat(_find(Button.class, spec -> spec.withText("Laatste antwoord terugnemen")))
        .as("the first answer cannot be taken back: the service wants at least one")
        .isEmpty();
    @SuppressWarnings("unchecked")
    RadioButtonGroup<String> question =
        _get(RadioButtonGroup.class, spec -> spec.withLabel("Wie ontwikkelt de toepassing?"));
    _setValue(question, "Een ander");
    _click(_get(Button.class, spec -> spec.withText("Antwoord vastleggen")));

    assertThat(sentAnswers()).containsExactly("1.1=Ja", "1.2=Een ander");
  }

  @Test
  void the_last_answer_can_be_taken_back() throws Exception {
    openCase(
        """
        {"answers":[{"questionId":"1.1","answer":"Ja"},{"questionId":"1.2","answer":"Wijzelf"}],
         "riskGroup":"UNDETERMINED","nextQuestionId":"1.3"}""");

    _click(_get(Button.class, spec -> spec.withText("Laatste antwoord terugnemen")));

    assertThat(sentAnswers()).containsExactly("1.1=Ja");
  }

  @Test
  void a_concluded_walk_shows_the_conclusion_and_risk_group_and_asks_nothing() {
    openCase(
        """
        {"answers":[{"questionId":"1.1","answer":"Nee"}],"riskGroup":"OUT_OF_SCOPE",
         "roles":[],"conclusionId":"11.0","friaRequired":false}""");

    assertThat(pageText())
        .contains("Conclusie: Er is geen algoritme; de AI-verordening is niet van toepassing.")
        .contains("Risicogroep: valt niet onder de AI-verordening.");
    assertThat(_find(Button.class, spec -> spec.withText("Antwoord vastleggen"))).isEmpty();
    assertThat(
            _find(
                RadioButtonGroup.class,
                spec -> spec.withLabel("Bevat de toepassing een algoritme?")))
        .isEmpty();
  }

  private List<String> sentAnswers() throws Exception {
    JsonNode body =
        new ObjectMapper()
            .readTree(
                testing.service.requests("PUT", "/api/v1/cases/" + ID + "/ai-act").get(0).body());
    List<String> answers = new ArrayList<>();
    body.path("answers")
        .forEach(a -> answers.add(a.path("questionId").asText() + "=" + a.path("answer").asText()));
    return answers;
  }
}
