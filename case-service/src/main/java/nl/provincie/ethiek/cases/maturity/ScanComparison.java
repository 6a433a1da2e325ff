package nl.provincie.ethiek.cases.maturity;

import java.util.List;
import java.util.UUID;
import nl.provincie.ethiek.cases.casefile.CaseRuleViolation;
import nl.provincie.ethiek.cases.catalogue.MaturityModel;

/**
 * Two scans side by side (the same organisation over the years, or two provinces): per theme and
 * per question the level before, after and the change. Only scans of one model version compare.
 */
public record ScanComparison(
    Side before,
    Side after,
    String modelVersion,
    Change overall,
    List<ThemeChange> themes,
    List<QuestionChange> questions) {

  public record Side(UUID scanId, String organisation, int year) {}

  public record Change(double before, double after, double change) {}

  public record ThemeChange(String theme, double before, double after, double change) {}

  public record QuestionChange(
      String questionId, String theme, String question, int before, int after, int change) {}

  public static ScanComparison of(MaturityModel model, MaturityScan before, MaturityScan after) {
    CaseRuleViolation.require(
        before.modelVersion().equals(after.modelVersion()),
        "/after",
        "Scans of model versions "
            + before.modelVersion()
            + " and "
            + after.modelVersion()
            + " do not compare.");
    MaturityScores b = MaturityScores.of(model, before);
    MaturityScores a = MaturityScores.of(model, after);
    List<ThemeChange> themes =
        java.util.stream.IntStream.range(0, b.themes().size())
            .mapToObj(
                i -> {
                  double x = b.themes().get(i).score();
                  double y = a.themes().get(i).score();
                  return new ThemeChange(
                      b.themes().get(i).theme(), x, y, MaturityScores.round(y - x));
                })
            .toList();
    List<QuestionChange> questions =
        model.dimensions().stream()
            .flatMap(
                d ->
                    d.questions().stream()
                        .map(
                            q -> {
                              int x = before.levelOf(q.id());
                              int y = after.levelOf(q.id());
                              return new QuestionChange(q.id(), d.name(), q.text(), x, y, y - x);
                            }))
            .toList();
    return new ScanComparison(
        side(before),
        side(after),
        before.modelVersion(),
        new Change(b.overall(), a.overall(), MaturityScores.round(a.overall() - b.overall())),
        themes,
        questions);
  }

  private static Side side(MaturityScan s) {
    return new Side(s.id(), s.organisation(), s.year());
  }
}
