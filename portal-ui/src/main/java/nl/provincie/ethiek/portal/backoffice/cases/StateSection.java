package nl.provincie.ethiek.portal.backoffice.cases;

import com.fasterxml.jackson.databind.JsonNode;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import java.util.UUID;
import nl.provincie.ethiek.portal.backoffice.FormErrors;

/** The case's stage and the stages it may move to next, each with an optional reason. */
class StateSection extends Section {

  StateSection(UUID id, JsonNode ethicsCase, JsonNode allowed, CaseChange change) {
    add(new H2(getTranslation("backoffice.case.stage")));
    add(
        new Paragraph(
            getTranslation(
                "backoffice.case.stageIs",
                getTranslation("backoffice.case.state." + ethicsCase.path("state").asText()))));
    if (allowed.isEmpty()) {
      return;
    }
    TextField reason = new TextField(getTranslation("backoffice.case.transitionReason"));
    reason.setMaxLength(2000);
    FormErrors errors = new FormErrors(Map.of("reason", reason), this::getTranslation);
    Div buttons = new Div();
    buttons.addClassName("actions");
    for (JsonNode next : allowed) {
      String to = next.asText();
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
