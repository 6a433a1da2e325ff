package nl.provincie.ethiek.register.entry.web;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.provincie.ethiek.register.entry.Entry;
import nl.provincie.ethiek.register.entry.EntryContent;
import nl.provincie.ethiek.register.entry.Html;

/** The register as RFC 4180 CSV: one row per entry, texts as plain text, lists joined by "; ". */
final class RegisterCsv {

  static final List<String> HEADER =
      List.of(
          "id",
          "kind",
          "name",
          "organisation",
          "description",
          "use_status",
          "publication_category",
          "themes",
          "version",
          "published_at",
          "goal_or_purpose",
          "lawful_basis",
          "ai_act_risk_group",
          "assessment",
          "next_review_date",
          "lars");

  private RegisterCsv() {}

  static String of(List<Entry> entries) {
    StringBuilder csv = new StringBuilder(row(HEADER));
    for (Entry entry : entries) {
      EntryContent c = entry.content();
      csv.append(
          row(
              List.of(
                  entry.id().toString(),
                  entry.kind().name(),
                  c.name(),
                  c.organisation(),
                  c.description(),
                  nz(c.useStatus()),
                  c.publicationCategory().orElse(""),
                  String.join("; ", c.themes()),
                  String.valueOf(entry.version()),
                  entry.publishedAt().map(Object::toString).orElse(""),
                  nz(
                      Html.toPlainText(
                          c.algorithm() != null ? c.algorithm().goal() : c.platform().purpose())),
                  c.algorithm() == null ? "" : nz(Html.toPlainText(c.algorithm().lawfulBasis())),
                  nz(c.internal().aiActRiskGroup()),
                  c.caseAssessment() == null ? "" : nz(c.caseAssessment().summary()),
                  nz(EntryViews.nextReview(c)),
                  entry.lars().orElse(""))));
    }
    return csv.toString();
  }

  private static String nz(String value) {
    return value == null ? "" : value;
  }

  private static String row(List<String> cells) {
    return cells.stream().map(RegisterCsv::cell).collect(Collectors.joining(",")) + "\r\n";
  }

  private static String cell(String value) {
    boolean quote = Stream.of(",", "\"", "\n", "\r").anyMatch(value::contains);
    return quote ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
  }
}
