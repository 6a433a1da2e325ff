package nl.provincie.ethiek.register.entry.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.provincie.ethiek.register.entry.AlgorithmFields;
import nl.provincie.ethiek.register.entry.EntryId;
import nl.provincie.ethiek.register.entry.Html;
import nl.provincie.ethiek.register.entry.LinkItem;

/**
 * Maps an algorithm to the document of the publication standard v1.0.0
 * (publicatiestandaard-v1.0.0.schema.json: theme, contact, purpose_and_impact, ...), the names an
 * open-data user expects. Texts become plain text (the standard document carries no HTML). An entry
 * that lacks a field the standard requires, or exceeds one of its limits, is left out of the feed
 * and reported with what is missing: the feed never carries an invalid document.
 */
public final class StandardDocument {

  /** The standard's required fields. */
  static final List<String> REQUIRED =
      List.of(
          "name",
          "description_short",
          "organization",
          "theme",
          "status",
          "start_date",
          "contact",
          "publication_category",
          "purpose_and_impact",
          "considerations",
          "human_intervention",
          "risk_management",
          "impact_assessments",
          "data",
          "technical_operation",
          "supplier",
          "language",
          "schema");

  /** maxLength of the schema (one less than the delivery API's limits). */
  static final Map<String, Integer> MAX_LENGTH =
      Map.ofEntries(
          Map.entry("name", 99),
          Map.entry("description_short", 399),
          Map.entry("organization", 99),
          Map.entry("purpose_and_impact", 2499),
          Map.entry("considerations", 2499),
          Map.entry("human_intervention", 2499),
          Map.entry("risk_management", 2499),
          Map.entry("legal_basis", 2499),
          Map.entry("legal_basis_title", 99),
          Map.entry("impact_assessment_explanation", 2499),
          Map.entry("data", 2499),
          Map.entry("data_source_title", 499),
          Map.entry("technical_operation", 4999),
          Map.entry("supplier", 199));

  private static final Map<String, String> CATEGORY =
      Map.of(
          AlgorithmFields.HIGH_RISK_AI, "Hoog-risico AI-systeem (Categorie A)",
          AlgorithmFields.IMPACTFUL, "Impactvolle algoritmes (Categorie B)",
          AlgorithmFields.OTHER, "Overige algoritmes (Categorie C)");

  private StandardDocument() {}

  /** The document, or the reasons it cannot be one. */
  public record Result(Map<String, Object> document, List<String> problems) {}

  public static Result of(EntryId id, AlgorithmFields f) {
    Map<String, Object> doc = new LinkedHashMap<>();
    put(doc, "name", f.name());
    put(doc, "description_short", f.descriptionShort());
    put(doc, "organization", f.organization());
    if (!f.category().isEmpty()) {
      doc.put("theme", f.category());
    }
    put(doc, "status", f.status());
    put(doc, "start_date", f.beginDate());
    put(doc, "end_date", f.endDate());
    put(doc, "contact", f.contactEmail());
    put(doc, "link", f.website());
    put(doc, "publication_category", CATEGORY.get(f.publicationCategory()));
    put(doc, "source_link", f.url());
    put(doc, "purpose_and_impact", Html.toPlainText(f.goal()));
    put(doc, "considerations", Html.toPlainText(f.proportionality()));
    put(doc, "human_intervention", Html.toPlainText(f.humanIntervention()));
    put(doc, "risk_management", Html.toPlainText(f.risks()));
    put(doc, "legal_basis", Html.toPlainText(f.lawfulBasis()));
    if (!f.lawfulBasisGrouping().isEmpty()) {
      put(doc, "legal_basis_link", f.lawfulBasisGrouping().get(0).link());
      put(doc, "legal_basis_title", f.lawfulBasisGrouping().get(0).title());
    }
    put(doc, "processing_register_link", f.processIndexUrl());
    String assessments =
        String.join(", ", f.impacttoetsenGrouping().stream().map(LinkItem::title).toList());
    put(
        doc,
        "impact_assessments",
        assessments.isBlank() ? Html.toPlainText(f.impacttoetsen()) : assessments);
    f.impacttoetsenGrouping().stream()
        .map(LinkItem::link)
        .filter(link -> link != null && !link.isBlank())
        .findFirst()
        .ifPresent(link -> doc.put("impact_assessment_link", link));
    put(doc, "impact_assessment_explanation", Html.toPlainText(f.impacttoetsen()));
    put(doc, "data", Html.toPlainText(f.sourceData()));
    if (!f.sourceDataGrouping().isEmpty()) {
      put(doc, "data_source_link", f.sourceDataGrouping().get(0).link());
      put(doc, "data_source_title", f.sourceDataGrouping().get(0).title());
    }
    put(doc, "technical_operation", Html.toPlainText(f.methodsAndModels()));
    put(doc, "supplier", f.provider());
    put(doc, "source_code_link", f.publiccode());
    doc.put("language", "nld");
    doc.put("schema", "1.0.0");
    doc.put("source_id", id.toString());
    put(doc, "search_terms", f.tags());
    return new Result(doc, problems(doc));
  }

  private static List<String> problems(Map<String, Object> doc) {
    List<String> problems = new ArrayList<>();
    for (String field : REQUIRED) {
      if (!doc.containsKey(field)) {
        problems.add(field + " is missing");
      }
    }
    MAX_LENGTH.forEach(
        (field, max) -> {
          if (doc.get(field) instanceof String text
              && text.codePointCount(0, text.length()) > max) {
            problems.add(field + " is longer than " + max);
          }
        });
    return problems;
  }

  private static void put(Map<String, Object> doc, String key, String value) {
    if (value != null && !value.isBlank()) {
      doc.put(key, value);
    }
  }
}
