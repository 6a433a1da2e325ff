package nl.provincie.ethiek.portal.backoffice.cases;

import com.fasterxml.jackson.databind.JsonNode;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.provincie.ethiek.portal.backoffice.FormErrors;

/** Triage: can we, may we, do we want it; each with verdict, rationale and discipline; outcome. */
class TriageSection extends Section {

  static final List<String> QUESTIONS = List.of("kanHet", "magHet", "willenWeHet");
  static final List<String> VERDICTS = List.of("YES", "NO", "UNCERTAIN", "NOT_ASSESSED");
  static final List<String> OUTCOMES =
      List.of("NO_ETHICAL_ISSUE", "REFER", "QUICK_SCAN", "FULL_ASSESSMENT", "URGENT");

  private record Question(Select<String> verdict, TextArea rationale, TextField discipline) {}

  TriageSection(UUID id, JsonNode triage, CaseChange change, boolean work) {
    add(CasePages.heading(getTranslation("backoffice.triage.title"), work));
    if (!work) {
      answered(triage);
      return;
    }
    Map<String, HasValidation> fields = new HashMap<>();
    Map<String, Question> questions = new LinkedHashMap<>();
    Div form = new Div();
    form.addClassName("backoffice-form");
    for (String key : QUESTIONS) {
      Select<String> verdict = new Select<>();
      verdict.setLabel(getTranslation("backoffice.triage.verdict"));
      verdict.setItems(VERDICTS);
      verdict.setItemLabelGenerator(v -> getTranslation("backoffice.triage.verdict." + v));
      TextArea rationale = new TextArea(getTranslation("backoffice.triage.rationale"));
      TextField discipline = new TextField(getTranslation("backoffice.triage.discipline"));
      JsonNode answer = triage.path(key);
      verdict.setValue(answer.path("verdict").asText("NOT_ASSESSED"));
      rationale.setValue(answer.path("rationale").asText(""));
      discipline.setValue(answer.path("discipline").asText(""));
      questions.put(key, new Question(verdict, rationale, discipline));
      fields.put(key, verdict);
      Div group =
          new Div(
              new H3(getTranslation("backoffice.triage." + key)), verdict, rationale, discipline);
      group.getElement().setAttribute("role", "group");
      group.getElement().setAttribute("aria-label", getTranslation("backoffice.triage." + key));
      form.add(group);
    }
    Select<String> outcome = new Select<>();
    outcome.setLabel(getTranslation("backoffice.triage.outcome"));
    outcome.setItems(OUTCOMES);
    outcome.setItemLabelGenerator(o -> getTranslation("backoffice.triage.outcome." + o));
    if (triage.has("outcome")) {
      outcome.setValue(triage.path("outcome").asText());
    }
    TextField referredTo = new TextField(getTranslation("backoffice.triage.referredTo"));
    referredTo.setValue(triage.path("referredTo").asText(""));
    fields.put("outcome", outcome);
    fields.put("referredTo", referredTo);
    FormErrors errors = new FormErrors(fields, this::getTranslation);
    Button save =
        new Button(
            getTranslation("backoffice.triage.save"),
            click -> {
              if (outcome.isEmpty()) {
                outcome.setErrorMessage(getTranslation("backoffice.field.required"));
                outcome.setInvalid(true);
                return;
              }
              Map<String, Object> body = new LinkedHashMap<>();
              questions.forEach(
                  (key, q) -> {
                    Map<String, Object> answer = new LinkedHashMap<>();
                    answer.put("verdict", q.verdict().getValue());
                    answer.put("rationale", blankToNull(q.rationale().getValue()));
                    answer.put("discipline", blankToNull(q.discipline().getValue()));
                    body.put(key, answer);
                  });
              body.put("outcome", outcome.getValue());
              body.put("referredTo", blankToNull(referredTo.getValue()));
              change.apply(
                  () -> CaseClient.current().triage(id, body), "backoffice.triage.saved", errors);
            });
    form.add(outcome, referredTo, save);
    add(errors.alert(), form);
  }

  /** The triage as it was recorded: each question's verdict with its reasons, and the outcome. */
  private void answered(JsonNode triage) {
    for (String key : QUESTIONS) {
      JsonNode answer = triage.path(key);
      StringBuilder line =
          new StringBuilder(
              getTranslation(
                  "backoffice.triage.line",
                  getTranslation("backoffice.triage." + key),
                  getTranslation(
                      "backoffice.triage.verdict."
                          + answer.path("verdict").asText("NOT_ASSESSED"))));
      if (!answer.path("rationale").asText("").isBlank()) {
        line.append(' ').append(answer.path("rationale").asText());
      }
      if (!answer.path("discipline").asText("").isBlank()) {
        line.append(' ')
            .append(getTranslation("backoffice.triage.by", answer.path("discipline").asText()));
      }
      add(new Paragraph(line.toString()));
    }
    add(
        new Paragraph(
            getTranslation(
                "backoffice.triage.outcomeIs",
                getTranslation("backoffice.triage.outcome." + triage.path("outcome").asText()))));
    if (!triage.path("referredTo").asText("").isBlank()) {
      add(
          new Paragraph(
              getTranslation("backoffice.triage.referredTo")
                  + ": "
                  + triage.path("referredTo").asText()));
    }
  }

  static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
