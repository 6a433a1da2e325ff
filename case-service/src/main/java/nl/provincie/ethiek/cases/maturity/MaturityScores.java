package nl.provincie.ethiek.cases.maturity;

import java.util.List;
import nl.provincie.ethiek.cases.catalogue.MaturityModel;

/** A scan's average level per theme (dimension) and overall, on the model's 1-5 scale. */
public record MaturityScores(double overall, List<ThemeScore> themes) {

  public record ThemeScore(String theme, double score, String level) {}

  public static MaturityScores of(MaturityModel model, MaturityScan scan) {
    List<ThemeScore> themes =
        model.dimensions().stream()
            .map(
                d -> {
                  double score =
                      round(
                          d.questions().stream()
                              .mapToInt(q -> scan.levelOf(q.id()))
                              .average()
                              .orElse(0));
                  return new ThemeScore(d.name(), score, levelName(model, score));
                })
            .toList();
    double overall =
        round(scan.answers().stream().mapToInt(MaturityScan.Answer::level).average().orElse(0));
    return new MaturityScores(overall, themes);
  }

  /** The level a score has fully reached (2.7 has reached Repeatable, not Defined). */
  static String levelName(MaturityModel model, double score) {
    int reached = Math.max(1, Math.min(model.levels().size(), (int) Math.floor(score)));
    return model.levels().get(reached - 1);
  }

  static double round(double value) {
    return Math.round(value * 100) / 100.0;
  }
}
