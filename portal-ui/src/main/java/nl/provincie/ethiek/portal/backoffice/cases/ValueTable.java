package nl.provincie.ethiek.portal.backoffice.cases;

import com.fasterxml.jackson.databind.JsonNode;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.provincie.ethiek.portal.backoffice.FormErrors;
import nl.provincie.ethiek.portal.http.ServiceRefusedException;
import nl.provincie.ethiek.portal.http.ServiceUnavailableException;

/**
 * The value table of an instrument run: per value the degree of negative influence (none, moderate,
 * much), the explanation and the arguments for and against; and a form for a new row.
 */
class ValueTable extends Div {

  static final List<String> INFLUENCES = List.of("NONE", "MODERATE", "MUCH");

  /** The table, and while it is the stage's work ({@code work}) the form that adds a row. */
  ValueTable(UUID id, JsonNode run, JsonNode frameworks, CaseChange change, boolean work) {
    addClassName("value-table-block");
    add(CasePages.heading(getTranslation("backoffice.values.title"), 2, work));
    if (run.path("values").isEmpty()) {
      add(new Paragraph(getTranslation("backoffice.values.none")));
    } else if (work) {
      add(table(run.path("values")));
    } else {
      // in the case's history the table is folded away: it is long, and read when looked for
      add(
          new Details(
              getTranslation("backoffice.values.show", run.path("values").size()),
              table(run.path("values"))));
    }
    if (work) {
      add(form(id, run.path("id").asText(), frameworks, change));
    }
  }

  private Component table(JsonNode values) {
    String title = getTranslation("backoffice.values.title");
    CaseTables.Table table =
        CaseTables.table(
            "value-table",
            title,
            List.of("value", "influence", "explanation", "for", "against").stream()
                .map(column -> getTranslation("backoffice.values." + column))
                .toList());
    for (JsonNode value : values) {
      table.row(
          value.path("valueName").asText(),
          CaseTables.cell(
              getTranslation(
                  "backoffice.values.influence." + value.path("influence").asText("NONE"))),
          CaseTables.cell(value.path("explanation").asText("")),
          CaseTables.cell(String.join("; ", CasePages.texts(value.path("argumentsFor")))),
          CaseTables.cell(String.join("; ", CasePages.texts(value.path("argumentsAgainst")))));
    }
    return table.inRegion("value-table-scroll", title);
  }

  private Div form(UUID id, String runId, JsonNode frameworks, CaseChange change) {
    Select<String> framework = new Select<>();
    framework.setLabel(getTranslation("backoffice.values.framework"));
    List<String> keys = CasePages.texts(frameworks);
    Map<String, JsonNode> catalogue = catalogue();
    framework.setItems(keys);
    framework.setItemLabelGenerator(key -> label(key, catalogue));
    if (!keys.isEmpty()) {
      framework.setValue(keys.get(0));
    }
    ComboBox<String> value = new ComboBox<>(getTranslation("backoffice.values.value"));
    value.setAllowCustomValue(true);
    value.addCustomValueSetListener(custom -> value.setValue(custom.getDetail()));
    value.setItems(valueNames(catalogue.get(framework.getValue())));
    framework.addValueChangeListener(e -> value.setItems(valueNames(catalogue.get(e.getValue()))));
    Select<String> influence = new Select<>();
    influence.setLabel(getTranslation("backoffice.values.influence"));
    influence.setItems(INFLUENCES);
    influence.setItemLabelGenerator(i -> getTranslation("backoffice.values.influence." + i));
    TextArea explanation = new TextArea(getTranslation("backoffice.values.explanation"));
    TextArea argumentsFor = new TextArea(getTranslation("backoffice.values.for"));
    argumentsFor.setHelperText(getTranslation("backoffice.register.lines.help"));
    TextArea argumentsAgainst = new TextArea(getTranslation("backoffice.values.against"));
    argumentsAgainst.setHelperText(getTranslation("backoffice.register.lines.help"));
    Map<String, HasValidation> fields = new LinkedHashMap<>();
    fields.put("framework", framework);
    fields.put("value", value);
    fields.put("influence", influence);
    fields.put("explanation", explanation);
    FormErrors errors = new FormErrors(fields, this::getTranslation);
    Button add =
        new Button(
            getTranslation("backoffice.values.add"),
            click -> {
              Map<String, Object> body = new LinkedHashMap<>();
              body.put("framework", framework.getValue());
              body.put("value", value.getValue());
              body.put("influence", influence.getValue());
              body.put("explanation", TriageSection.blankToNull(explanation.getValue()));
              body.put("argumentsFor", CasePages.lines(argumentsFor.getValue()));
              body.put("argumentsAgainst", CasePages.lines(argumentsAgainst.getValue()));
              change.apply(
                  () -> CaseClient.current().assessValue(id, runId, body),
                  "backoffice.values.added",
                  errors);
            });
    Div form =
        new Div(
            errors.alert(),
            framework,
            value,
            influence,
            explanation,
            argumentsFor,
            argumentsAgainst,
            add);
    form.addClassName("backoffice-form");
    return form;
  }

  /** The catalogue's value frameworks by "id@version"; none when the catalogue is unreachable. */
  private static Map<String, JsonNode> catalogue() {
    Map<String, JsonNode> byKey = new LinkedHashMap<>();
    try {
      for (JsonNode framework : CaseClient.current().frameworks()) {
        byKey.put(
            framework.path("id").asText() + "@" + framework.path("version").asText(), framework);
      }
    } catch (ServiceRefusedException | ServiceUnavailableException e) {
      // names and suggestions only: the editor can still choose by key and type the value
    }
    return byKey;
  }

  /** "Waardentabel ... (2024)" for "ipo-waardentabel@2024"; the key when the catalogue lacks it. */
  private String label(String key, Map<String, JsonNode> catalogue) {
    JsonNode framework = catalogue.get(key);
    if (framework == null || !framework.hasNonNull("name")) {
      return key;
    }
    return getTranslation(
        "backoffice.values.frameworkName",
        framework.path("name").asText(),
        framework.path("version").asText());
  }

  /** The values of a framework, for the value field's suggestions. */
  private static List<String> valueNames(JsonNode framework) {
    List<String> names = new ArrayList<>();
    if (framework != null) {
      framework.path("values").forEach(v -> names.add(v.path("name").asText()));
    }
    return names;
  }
}
