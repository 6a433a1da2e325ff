package nl.provincie.ethiek.portal.backoffice.cases;

import com.fasterxml.jackson.databind.JsonNode;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import java.util.List;

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
      if (!text.isBlank()) {
        add(line("backoffice.case.intake." + field, text));
      }
    }
    add(
        line(
            "backoffice.case.origin",
            ethicsCase.path("origin").asText("")
                + " "
                + ethicsCase.path("originReason").asText("")));
    if (!ethicsCase.path("registerEntryIds").isEmpty()) {
      add(
          line(
              "backoffice.case.registerEntries",
              String.join(", ", CasePages.texts(ethicsCase.path("registerEntryIds")))));
    }
  }

  private Paragraph line(String labelKey, String text) {
    Paragraph line = new Paragraph();
    com.vaadin.flow.component.html.Span label =
        new com.vaadin.flow.component.html.Span(getTranslation(labelKey) + ": ");
    label.addClassName("label");
    line.add(label, new com.vaadin.flow.component.html.Span(text.strip()));
    return line;
  }
}
