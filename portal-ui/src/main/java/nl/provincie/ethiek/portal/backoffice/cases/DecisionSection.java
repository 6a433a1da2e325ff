package nl.provincie.ethiek.portal.backoffice.cases;

import com.fasterxml.jackson.databind.JsonNode;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.provincie.ethiek.portal.backoffice.DatePickers;
import nl.provincie.ethiek.portal.backoffice.FormErrors;

/** The decision on the advice: who decided, comply or explain, why, and the next review. */
class DecisionSection extends Section {

  static final List<String> MAKERS = List.of("GS", "PS", "DIRECTIE", "PROJECT_OWNER");
  static final List<String> KINDS = List.of("COMPLY", "EXPLAIN");

  DecisionSection(UUID id, JsonNode decision, CaseChange change, boolean work) {
    add(CasePages.heading(getTranslation("backoffice.decision.title"), work));
    if (!work || decision.hasNonNull("kind")) {
      add(
          new Paragraph(
              getTranslation(
                  "backoffice.decision.recorded",
                  getTranslation("backoffice.decision.kind." + decision.path("kind").asText()),
                  CasePages.date(decision.path("decidedOn").asText()),
                  decision.path("summary").asText())));
      return;
    }
    Select<String> maker = new Select<>();
    maker.setLabel(getTranslation("backoffice.decision.maker"));
    maker.setItems(MAKERS);
    maker.setItemLabelGenerator(m -> getTranslation("backoffice.decision.maker." + m));
    Select<String> kind = new Select<>();
    kind.setLabel(getTranslation("backoffice.decision.kind"));
    kind.setItems(KINDS);
    kind.setItemLabelGenerator(k -> getTranslation("backoffice.decision.kind." + k));
    TextArea summary = new TextArea(getTranslation("backoffice.decision.summary"));
    summary.setRequiredIndicatorVisible(true);
    TextArea motivation = new TextArea(getTranslation("backoffice.decision.motivation"));
    DatePicker decidedOn = DatePickers.of(getTranslation("backoffice.decision.decidedOn"));
    decidedOn.setValue(LocalDate.now());
    DatePicker nextReview = DatePickers.of(getTranslation("backoffice.decision.nextReview"));
    Map<String, HasValidation> fields = new LinkedHashMap<>();
    fields.put("decisionMaker", maker);
    fields.put("decision", kind);
    fields.put("summary", summary);
    fields.put("motivation", motivation);
    fields.put("decidedOn", decidedOn);
    fields.put("nextReviewDate", nextReview);
    FormErrors errors = new FormErrors(fields, this::getTranslation);
    Button save =
        new Button(
            getTranslation("backoffice.decision.save"),
            click -> {
              Map<String, Object> body = new LinkedHashMap<>();
              body.put("decisionMaker", maker.getValue());
              body.put("decision", kind.getValue());
              body.put("summary", summary.getValue());
              body.put("motivation", TriageSection.blankToNull(motivation.getValue()));
              body.put(
                  "decidedOn",
                  decidedOn.getValue() == null ? null : decidedOn.getValue().toString());
              body.put(
                  "nextReviewDate",
                  nextReview.getValue() == null ? null : nextReview.getValue().toString());
              change.apply(
                  () -> CaseClient.current().decision(id, body),
                  "backoffice.decision.saved",
                  errors);
            });
    Div form =
        new Div(errors.alert(), maker, kind, summary, motivation, decidedOn, nextReview, save);
    form.addClassName("backoffice-form");
    add(form);
  }
}
