package nl.provincie.ethiek.portal.backoffice.cases;

import com.fasterxml.jackson.databind.JsonNode;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.provincie.ethiek.portal.backoffice.FormErrors;
import nl.provincie.ethiek.portal.http.ServiceRefusedException;
import nl.provincie.ethiek.portal.http.ServiceUnavailableException;

/**
 * The chosen instrument (e.g. De Ethische Data Assistent): start a run, answer its steps (each
 * answer a new revision) and keep the value table.
 */
class InstrumentSection extends Section {

  InstrumentSection(UUID id, JsonNode runs, CaseChange change, boolean work) {
    add(CasePages.heading(getTranslation("backoffice.instrument.title"), work));
    CaseClient client = CaseClient.current();
    try {
      if (runs.isEmpty() && work) {
        add(start(id, client.catalogue(), change));
      }
      for (JsonNode run : runs) {
        JsonNode instrument =
            client.instrument(
                run.path("instrumentId").asText(), run.path("instrumentVersion").asText());
        add(work ? run(id, run, instrument, change) : done(run, instrument));
      }
    } catch (ServiceRefusedException | ServiceUnavailableException e) {
      add(CasePages.alert(CasePages.failure(e, this::getTranslation)));
    }
  }

  private Div start(UUID id, JsonNode catalogue, CaseChange change) {
    Select<String> instrument = new Select<>();
    instrument.setLabel(getTranslation("backoffice.instrument.choose"));
    List<String> ids = new ArrayList<>();
    Map<String, String> names = new java.util.HashMap<>();
    for (JsonNode item : catalogue.path("instruments")) {
      ids.add(item.path("id").asText());
      names.put(item.path("id").asText(), item.path("name").asText());
    }
    instrument.setItems(ids);
    instrument.setItemLabelGenerator(names::get);
    FormErrors errors = new FormErrors(Map.of("instrumentId", instrument), this::getTranslation);
    Button start =
        new Button(
            getTranslation("backoffice.instrument.start"),
            click -> {
              if (instrument.isEmpty()) {
                instrument.setErrorMessage(getTranslation("backoffice.field.required"));
                instrument.setInvalid(true);
                return;
              }
              change.apply(
                  () -> CaseClient.current().startRun(id, instrument.getValue()),
                  "backoffice.instrument.started",
                  errors);
            });
    Div form = new Div(errors.alert(), instrument, start);
    form.addClassName("backoffice-form");
    return form;
  }

  private Div run(UUID id, JsonNode run, JsonNode instrument, CaseChange change) {
    String runId = run.path("id").asText();
    Div block = new Div();
    block.add(CasePages.heading(runTitle(run, instrument), 1, true));
    for (JsonNode step : instrument.path("steps")) {
      String stepId = step.path("id").asText();
      TextArea answer = new TextArea(getTranslation("backoffice.instrument.answer"));
      answer.setValue(latestAnswer(run, stepId));
      FormErrors errors = new FormErrors(Map.of("text", answer), this::getTranslation);
      Button save =
          new Button(
              getTranslation("backoffice.instrument.saveStep", step.path("title").asText()),
              click ->
                  change.apply(
                      () -> CaseClient.current().answerStep(id, runId, stepId, answer.getValue()),
                      "backoffice.instrument.stepSaved",
                      errors));
      Div form =
          new Div(
              CasePages.heading(step.path("title").asText(), 2, true),
              errors.alert(),
              answer,
              save);
      form.addClassName("backoffice-form");
      block.add(form);
    }
    block.add(new ValueTable(id, run, instrument.path("valueFrameworks"), change, true));
    block.add(new RunRecords(RunRecords.dilemmas(id, runId), run, change, true));
    block.add(new RunRecords(RunRecords.rightsTests(id, runId), run, change, true));
    return block;
  }

  /** A run as history: the value table, and the steps' last answers folded away. */
  private Div done(JsonNode run, JsonNode instrument) {
    Div block = new Div(CasePages.heading(runTitle(run, instrument), 1, false));
    Div answers = new Div();
    int count = 0;
    for (JsonNode step : instrument.path("steps")) {
      String answer = latestAnswer(run, step.path("id").asText());
      answers.add(
          CasePages.heading(step.path("title").asText(), 2, false),
          new Paragraph(
              answer.isBlank() ? getTranslation("backoffice.instrument.unanswered") : answer));
      count++;
    }
    block.add(new Details(getTranslation("backoffice.instrument.answers", count), answers));
    block.add(new ValueTable(null, run, instrument.path("valueFrameworks"), null, false));
    String runId = run.path("id").asText();
    block.add(new RunRecords(RunRecords.dilemmas(null, runId), run, null, false));
    block.add(new RunRecords(RunRecords.rightsTests(null, runId), run, null, false));
    return block;
  }

  private String runTitle(JsonNode run, JsonNode instrument) {
    return getTranslation(
        "backoffice.instrument.run",
        instrument.path("name").asText(run.path("instrumentId").asText()),
        instrument.path("version").asText(""));
  }

  private static String latestAnswer(JsonNode run, String stepId) {
    for (JsonNode step : run.path("steps")) {
      if (stepId.equals(step.path("stepId").asText())) {
        JsonNode revisions = step.path("revisions");
        return revisions.isEmpty() ? "" : revisions.get(revisions.size() - 1).path("text").asText();
      }
    }
    return "";
  }
}
