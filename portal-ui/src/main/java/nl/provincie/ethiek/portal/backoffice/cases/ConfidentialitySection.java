package nl.provincie.ethiek.portal.backoffice.cases;

import com.fasterxml.jackson.databind.JsonNode;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.provincie.ethiek.portal.backoffice.FormErrors;

/**
 * Who may read the case: everyone (its advice on the public pages), staff, or only the commission's
 * own roles. Changeable at every stage of an open case, as the case service allows.
 */
class ConfidentialitySection extends Section {

  static final List<String> LEVELS = List.of("PUBLIC", "INTERNAL", "CONFIDENTIAL");

  ConfidentialitySection(UUID id, JsonNode ethicsCase, CaseChange change, boolean open) {
    add(new H2(getTranslation("backoffice.confidentiality.title")));
    String current = ethicsCase.path("confidentiality").asText("INTERNAL");
    add(
        new Paragraph(
            getTranslation(
                "backoffice.confidentiality.is",
                getTranslation("backoffice.confidentiality." + current))));
    if (!open) {
      return;
    }
    RadioButtonGroup<String> level =
        new RadioButtonGroup<>(getTranslation("backoffice.confidentiality.choose"));
    level.setItems(LEVELS);
    level.setItemLabelGenerator(l -> getTranslation("backoffice.confidentiality.help." + l));
    level.setValue(current);
    FormErrors errors = new FormErrors(Map.of("confidentiality", level), this::getTranslation);
    Button save =
        new Button(
            getTranslation("backoffice.confidentiality.save"),
            click ->
                change.apply(
                    () -> CaseClient.current().confidentiality(id, level.getValue()),
                    "backoffice.confidentiality.saved",
                    errors));
    Div form = new Div(errors.alert(), level, save);
    form.addClassName("backoffice-form");
    add(form);
  }
}
