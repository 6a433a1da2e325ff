package nl.provincie.ethiek.portal.backoffice.cases;

import com.fasterxml.jackson.databind.JsonNode;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import nl.provincie.ethiek.portal.shell.PortalRoutes;

/** What the case is about, as it came in (read only). */
class IntakeSection extends Section {

  private static final List<String> FIELDS =
      List.of(
          "centralQuestion",
          "description",
          "subjectType",
          "theme",
          "requestingDepartment",
          "owner",
          "problem",
          "goal",
          "affectedGroups",
          "data",
          "legalBasis",
          "supplier",
          "stakeholders");

  IntakeSection(JsonNode ethicsCase) {
    add(new H2(getTranslation("backoffice.case.intake")));
    JsonNode intake = ethicsCase.path("intake");
    for (String field : FIELDS) {
      JsonNode value = intake.path(field);
      String text = value.isArray() ? String.join(", ", CasePages.texts(value)) : value.asText("");
      if ("subjectType".equals(field)) {
        text = label("backoffice.case.subjectType.", text);
      }
      if (!text.isBlank()) {
        add(line("backoffice.case.intake." + field, text));
      }
    }
    add(
        line(
            "backoffice.case.origin",
            label("backoffice.case.origin.", ethicsCase.path("origin").asText(""))
                + " "
                + ethicsCase.path("originReason").asText("")));
    List<String> entries = CasePages.texts(ethicsCase.path("registerEntryIds"));
    if (!entries.isEmpty()) {
      Paragraph line = line("backoffice.case.registerEntries", "");
      for (int i = 0; i < entries.size(); i++) {
        line.add(
            new Anchor(
                PortalRoutes.entry(entries.get(i)),
                getTranslation("backoffice.case.registerEntry", i + 1)));
        if (i + 1 < entries.size()) {
          line.add(new Span(", "));
        }
      }
      add(line);
    }
  }

  /** The label of an enumeration value; the value itself when there is no translation. */
  private String label(String prefix, String value) {
    if (value.isBlank()) {
      return value;
    }
    String key = prefix + value;
    String text = getTranslation(key);
    return text.startsWith("!{") || text.equals(key) ? value : text;
  }

  private Paragraph line(String labelKey, String text) {
    Paragraph line = new Paragraph();
    Span label = new Span(getTranslation(labelKey) + ": ");
    label.addClassName("label");
    line.add(label);
    if (!text.isBlank()) {
      line.add(new Span(text.strip()));
    }
    return line;
  }
}
