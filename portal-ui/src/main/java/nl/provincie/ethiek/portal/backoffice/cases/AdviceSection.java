package nl.provincie.ethiek.portal.backoffice.cases;

import com.fasterxml.jackson.databind.JsonNode;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.provincie.ethiek.portal.backoffice.FormErrors;

/** The commission's advice: drafted here, adopted by moving the case to "advice adopted". */
class AdviceSection extends Section {

  static final List<String> KINDS =
      List.of("POSITIVE", "WITH_CONDITIONS", "NEGATIVE", "NO_POSITION", "FURTHER_RESEARCH");

  AdviceSection(UUID id, JsonNode advice, CaseChange change, boolean work) {
    add(CasePages.heading(getTranslation("backoffice.advice.title"), work));
    if (advice.hasNonNull("adoptedAt")) {
      add(
          new Paragraph(
              getTranslation(
                  "backoffice.advice.adopted", CasePages.day(advice.path("adoptedAt").asText()))));
    }
    if (!work) {
      given(advice);
      return;
    }
    Select<String> kind = new Select<>();
    kind.setLabel(getTranslation("backoffice.advice.kind"));
    kind.setItems(KINDS);
    kind.setItemLabelGenerator(k -> getTranslation("backoffice.advice.kind." + k));
    if (advice.hasNonNull("kind")) {
      kind.setValue(advice.path("kind").asText());
    }
    TextArea summary = new TextArea(getTranslation("backoffice.advice.summary"));
    summary.setValue(advice.path("summary").asText(""));
    summary.setRequiredIndicatorVisible(true);
    TextArea considerations = new TextArea(getTranslation("backoffice.advice.considerations"));
    considerations.setValue(advice.path("considerations").asText(""));
    TextArea conditions = new TextArea(getTranslation("backoffice.advice.conditions"));
    conditions.setHelperText(getTranslation("backoffice.register.lines.help"));
    conditions.setValue(String.join("\n", CasePages.texts(advice.path("conditions"))));
    TextArea dissent = new TextArea(getTranslation("backoffice.advice.dissent"));
    dissent.setValue(advice.path("dissent").asText(""));
    Map<String, HasValidation> fields = new LinkedHashMap<>();
    fields.put("kind", kind);
    fields.put("summary", summary);
    fields.put("considerations", considerations);
    fields.put("conditions", conditions);
    fields.put("dissent", dissent);
    FormErrors errors = new FormErrors(fields, this::getTranslation);
    Button save =
        new Button(
            getTranslation("backoffice.advice.save"),
            click -> {
              Map<String, Object> body = new LinkedHashMap<>();
              body.put("kind", kind.getValue());
              body.put("summary", summary.getValue());
              body.put("considerations", TriageSection.blankToNull(considerations.getValue()));
              body.put("conditions", CasePages.lines(conditions.getValue()));
              body.put("dissent", TriageSection.blankToNull(dissent.getValue()));
              change.apply(
                  () -> CaseClient.current().advice(id, body), "backoffice.advice.saved", errors);
            });
    Div form = new Div(errors.alert(), kind, summary, considerations, conditions, dissent, save);
    form.addClassName("backoffice-form");
    add(form);
  }

  /**
   * The advice as given, no longer editable: kind, summary, considerations, conditions, dissent.
   */
  private void given(JsonNode advice) {
    add(
        new Paragraph(
            getTranslation(
                "backoffice.advice.kindIs",
                getTranslation("backoffice.advice.kind." + advice.path("kind").asText()))));
    add(new Paragraph(advice.path("summary").asText("")));
    labelled("backoffice.advice.considerations", advice.path("considerations").asText(""));
    List<String> conditions = CasePages.texts(advice.path("conditions"));
    if (!conditions.isEmpty()) {
      add(new H4(getTranslation("backoffice.advice.conditions")));
      UnorderedList list = new UnorderedList();
      conditions.forEach(condition -> list.add(new ListItem(condition)));
      add(list);
    }
    labelled("backoffice.advice.dissent", advice.path("dissent").asText(""));
  }

  private void labelled(String labelKey, String text) {
    if (!text.isBlank()) {
      add(new H4(getTranslation(labelKey)), new Paragraph(text));
    }
  }
}
