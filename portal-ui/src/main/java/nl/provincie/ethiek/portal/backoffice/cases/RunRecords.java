package nl.provincie.ethiek.portal.backoffice.cases;

import com.fasterxml.jackson.databind.JsonNode;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;
import nl.provincie.ethiek.portal.backoffice.FormErrors;

/**
 * The dilemmas or the fundamental-rights tests of an instrument run: what was recorded, and while
 * the run is the stage's work a form to record one more. Both are lists of named texts, so one
 * component shows either, given its fields.
 */
class RunRecords extends Div {

  /** A kind of record: its key in the run, its fields (the first is its title) and the call. */
  record Kind(
      String key,
      String runField,
      List<String> fields,
      List<String> required,
      BiFunction<CaseClient, Map<String, Object>, JsonNode> send) {}

  static Kind dilemmas(UUID id, String runId) {
    return new Kind(
        "dilemma",
        "dilemmas",
        List.of("question", "optionA", "harmA", "optionB", "harmB", "conclusion"),
        List.of("question", "optionA", "optionB"),
        (client, body) -> client.addDilemma(id, runId, body));
  }

  static Kind rightsTests(UUID id, String runId) {
    return new Kind(
        "rights",
        "rightsTests",
        List.of(
            "right",
            "specificLaw",
            "severity",
            "goals",
            "effectiveness",
            "necessity",
            "proportionality",
            "conclusion"),
        List.of("right"),
        (client, body) -> client.addRightsTest(id, runId, body));
  }

  RunRecords(Kind kind, JsonNode run, CaseChange change, boolean work) {
    addClassName("run-records");
    add(CasePages.heading(label(kind, "title"), 2, work));
    JsonNode recorded = run.path(kind.runField());
    if (recorded.isEmpty()) {
      add(new Paragraph(label(kind, "none")));
    }
    UnorderedList list = new UnorderedList();
    for (JsonNode item : recorded) {
      ListItem entry = new ListItem();
      entry.add(new Paragraph(item.path(kind.fields().get(0)).asText()));
      for (String field : kind.fields().subList(1, kind.fields().size())) {
        String text = item.path(field).asText("");
        if (!text.isBlank()) {
          entry.add(new Paragraph(label(kind, field) + ": " + text));
        }
      }
      list.add(entry);
    }
    if (!recorded.isEmpty()) {
      add(list);
    }
    if (work) {
      add(form(kind, change));
    }
  }

  private Div form(Kind kind, CaseChange change) {
    Map<String, TextArea> inputs = new LinkedHashMap<>();
    Map<String, HasValidation> fields = new LinkedHashMap<>();
    for (String field : kind.fields()) {
      TextArea input = new TextArea(label(kind, field));
      input.setRequiredIndicatorVisible(kind.required().contains(field));
      input.setMaxLength(4000);
      inputs.put(field, input);
      fields.put(field, input);
    }
    FormErrors errors = new FormErrors(fields, this::getTranslation);
    Button add =
        new Button(
            label(kind, "add"),
            click -> {
              Map<String, Object> body = new LinkedHashMap<>();
              inputs.forEach(
                  (field, input) -> body.put(field, TriageSection.blankToNull(input.getValue())));
              change.apply(
                  () -> kind.send().apply(CaseClient.current(), body),
                  "backoffice." + kind.key() + ".added",
                  errors);
            });
    Div form = new Div(errors.alert());
    inputs.values().forEach(form::add);
    form.add(add);
    form.addClassName("backoffice-form");
    return form;
  }

  private String label(Kind kind, String part) {
    return getTranslation("backoffice." + kind.key() + "." + part);
  }
}
