package nl.provincie.ethiek.portal.backoffice.cases;

import com.fasterxml.jackson.databind.JsonNode;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.provincie.ethiek.portal.backoffice.DatePickers;
import nl.provincie.ethiek.portal.backoffice.FormErrors;

/**
 * Monitoring after the decision: the indicators the province watches, and when the case is looked
 * at again (scheduled, optionally every N months, or started now by a change, an incident or a
 * resident's signal).
 */
class MonitoringSection extends Section {

  static final List<String> TRIGGERS = List.of("CHANGE", "INCIDENT", "RESIDENT_SIGNAL");

  MonitoringSection(UUID id, JsonNode ethicsCase, CaseChange change, boolean work) {
    add(CasePages.heading(getTranslation("backoffice.monitoring.title"), work));
    add(subheading("backoffice.monitoring.indicators", work));
    JsonNode indicators = ethicsCase.path("indicators");
    if (indicators.isEmpty()) {
      add(new Paragraph(getTranslation("backoffice.monitoring.noIndicators")));
    } else {
      UnorderedList list = new UnorderedList();
      list.addClassName("entries");
      indicators.forEach(indicator -> list.add(new ListItem(indicatorLine(indicator))));
      add(list);
    }
    if (work) {
      add(indicatorForm(id, change));
    }
    add(subheading("backoffice.monitoring.reEvaluation", work));
    add(new Paragraph(schedule(ethicsCase.path("reEvaluation"))));
    if (work) {
      add(scheduleForm(id, ethicsCase.path("reEvaluation"), change));
      if ("IN_FOLLOW_UP".equals(ethicsCase.path("state").asText())) {
        add(triggerForm(id, change));
      }
    }
  }

  private Component subheading(String key, boolean work) {
    return CasePages.heading(getTranslation(key), 1, work);
  }

  private String indicatorLine(JsonNode indicator) {
    StringBuilder line = new StringBuilder(indicator.path("name").asText());
    if (!indicator.path("target").asText("").isBlank()) {
      line.append(' ')
          .append(
              getTranslation("backoffice.monitoring.target", indicator.path("target").asText()));
    }
    if (!indicator.path("latestValue").asText("").isBlank()) {
      String measured =
          indicator.hasNonNull("measuredOn")
              ? getTranslation(
                  "backoffice.monitoring.measuredOn",
                  CasePages.date(indicator.path("measuredOn").asText()))
              : "";
      line.append(' ')
          .append(
              getTranslation(
                      "backoffice.monitoring.latest",
                      indicator.path("latestValue").asText(),
                      measured)
                  .strip());
    }
    return line.toString();
  }

  private String schedule(JsonNode reEvaluation) {
    if (!reEvaluation.hasNonNull("dueDate")) {
      return getTranslation("backoffice.monitoring.notScheduled");
    }
    String due = CasePages.date(reEvaluation.path("dueDate").asText());
    String text =
        reEvaluation.hasNonNull("periodMonths")
            ? getTranslation(
                "backoffice.monitoring.scheduledEvery",
                due,
                reEvaluation.path("periodMonths").asInt())
            : getTranslation("backoffice.monitoring.scheduled", due);
    if (!reEvaluation.path("reason").asText("").isBlank()) {
      text += " " + reEvaluation.path("reason").asText();
    }
    return text;
  }

  private Div indicatorForm(UUID id, CaseChange change) {
    TextField name = new TextField(getTranslation("backoffice.monitoring.name"));
    name.setRequiredIndicatorVisible(true);
    TextField target = new TextField(getTranslation("backoffice.monitoring.targetValue"));
    TextField latest = new TextField(getTranslation("backoffice.monitoring.latestValue"));
    DatePicker measured = DatePickers.of(getTranslation("backoffice.monitoring.measuredOnField"));
    Map<String, HasValidation> fields = new LinkedHashMap<>();
    fields.put("name", name);
    fields.put("target", target);
    fields.put("latestValue", latest);
    fields.put("measuredOn", measured);
    FormErrors errors = new FormErrors(fields, this::getTranslation);
    Button add =
        new Button(
            getTranslation("backoffice.monitoring.addIndicator"),
            click -> {
              Map<String, Object> body = new LinkedHashMap<>();
              body.put("name", name.getValue());
              body.put("target", TriageSection.blankToNull(target.getValue()));
              body.put("latestValue", TriageSection.blankToNull(latest.getValue()));
              body.put(
                  "measuredOn",
                  measured.getValue() == null ? null : measured.getValue().toString());
              change.apply(
                  () -> CaseClient.current().addIndicator(id, body),
                  "backoffice.monitoring.indicatorAdded",
                  errors);
            });
    Div form = new Div(errors.alert(), name, target, latest, measured, add);
    form.addClassName("backoffice-form");
    return form;
  }

  private Div scheduleForm(UUID id, JsonNode current, CaseChange change) {
    DatePicker due = DatePickers.of(getTranslation("backoffice.monitoring.dueDate"));
    if (current.hasNonNull("dueDate")) {
      due.setValue(LocalDate.parse(current.path("dueDate").asText()));
    }
    IntegerField every = new IntegerField(getTranslation("backoffice.monitoring.periodMonths"));
    every.setHelperText(getTranslation("backoffice.monitoring.periodMonths.help"));
    every.setMin(1);
    every.setMax(60);
    if (current.hasNonNull("periodMonths")) {
      every.setValue(current.path("periodMonths").asInt());
    }
    TextField reason = new TextField(getTranslation("backoffice.monitoring.reason"));
    Map<String, HasValidation> fields = new LinkedHashMap<>();
    fields.put("dueDate", due);
    fields.put("periodMonths", every);
    fields.put("reason", reason);
    FormErrors errors = new FormErrors(fields, this::getTranslation);
    Button save =
        new Button(
            getTranslation("backoffice.monitoring.schedule"),
            click -> {
              Map<String, Object> body = new LinkedHashMap<>();
              body.put("dueDate", due.getValue() == null ? null : due.getValue().toString());
              body.put("periodMonths", every.getValue());
              body.put("trigger", "PERIODIC");
              body.put("reason", TriageSection.blankToNull(reason.getValue()));
              change.apply(
                  () -> CaseClient.current().scheduleReEvaluation(id, body),
                  "backoffice.monitoring.scheduledDone",
                  errors);
            });
    Div form = new Div(errors.alert(), due, every, reason, save);
    form.addClassName("backoffice-form");
    return form;
  }

  private Div triggerForm(UUID id, CaseChange change) {
    Select<String> trigger = new Select<>();
    trigger.setLabel(getTranslation("backoffice.monitoring.trigger"));
    trigger.setItems(TRIGGERS);
    trigger.setItemLabelGenerator(t -> getTranslation("backoffice.monitoring.trigger." + t));
    trigger.setValue(TRIGGERS.get(0));
    TextArea reason = new TextArea(getTranslation("backoffice.monitoring.triggerReason"));
    reason.setRequiredIndicatorVisible(true);
    reason.setMaxLength(2000);
    Map<String, HasValidation> fields = new LinkedHashMap<>();
    fields.put("trigger", trigger);
    fields.put("reason", reason);
    FormErrors errors = new FormErrors(fields, this::getTranslation);
    Button start =
        new Button(
            getTranslation("backoffice.monitoring.startNow"),
            click -> {
              Map<String, Object> body = new LinkedHashMap<>();
              body.put("trigger", trigger.getValue());
              body.put("reason", reason.getValue());
              change.apply(
                  () -> CaseClient.current().triggerReEvaluation(id, body),
                  "backoffice.monitoring.started",
                  errors);
            });
    Div form =
        new Div(
            new H4(getTranslation("backoffice.monitoring.now")),
            errors.alert(),
            trigger,
            reason,
            start);
    form.addClassName("backoffice-form");
    return form;
  }
}
