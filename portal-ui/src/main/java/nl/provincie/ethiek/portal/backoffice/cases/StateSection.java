package nl.provincie.ethiek.portal.backoffice.cases;

import com.fasterxml.jackson.databind.JsonNode;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.provincie.ethiek.portal.backoffice.FormErrors;

/**
 * The case's stage and the stages it may move to next, each with an optional reason. Stages that
 * record facts (not admissible, referred, draft advice, decision received, and assessment after
 * triage) are reached through their forms below, as the case service requires.
 */
class StateSection extends Section {

  static final Set<String> BY_FORM =
      Set.of("NOT_ADMISSIBLE", "REFERRED", "ADVICE_DRAFT", "DECISION_RECEIVED");

  StateSection(UUID id, JsonNode ethicsCase, JsonNode allowed, CaseChange change) {
    add(new H2(getTranslation("backoffice.case.stage")));
    add(
        new Paragraph(
            getTranslation(
                "backoffice.case.stageIs",
                getTranslation("backoffice.case.state." + ethicsCase.path("state").asText()))));
    String current = ethicsCase.path("state").asText();
    List<String> targets = new ArrayList<>();
    for (JsonNode next : allowed) {
      String to = next.asText();
      boolean afterTriage = "IN_TRIAGE".equals(current) && "IN_ASSESSMENT".equals(to);
      if (!BY_FORM.contains(to) && !afterTriage) {
        targets.add(to);
      }
    }
    if (targets.size() < allowed.size()) {
      add(new Paragraph(getTranslation("backoffice.case.byForm")));
    }
    if (targets.isEmpty()) {
      return;
    }
    TextField reason = new TextField(getTranslation("backoffice.case.transitionReason"));
    reason.setMaxLength(2000);
    FormErrors errors = new FormErrors(Map.of("reason", reason), this::getTranslation);
    Div buttons = new Div();
    buttons.addClassName("actions");
    for (String to : targets) {
      buttons.add(
          new Button(
              getTranslation(
                  "backoffice.case.moveTo", getTranslation("backoffice.case.state." + to)),
              click ->
                  change.apply(
                      () -> CaseClient.current().transition(id, to, reason.getValue()),
                      "backoffice.case.moved",
                      errors)));
    }
    add(errors.alert(), reason, buttons);
  }
}
