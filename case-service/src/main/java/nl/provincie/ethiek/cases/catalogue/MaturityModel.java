package nl.provincie.ethiek.cases.catalogue;

import java.util.List;
import java.util.Optional;

/** The ODI Data Ethics Maturity Model: themes (dimensions), their questions, five levels. */
public record MaturityModel(
    String id, String version, String title, List<String> levels, List<Dimension> dimensions) {

  public record Dimension(String name, List<Question> questions) {}

  /**
   * A question with its id ({@code <dimension>.<question>}, 1-based) and one statement per level.
   */
  public record Question(String id, String text, List<String> statements) {}

  public Optional<Question> question(String id) {
    return dimensions.stream()
        .flatMap(d -> d.questions().stream())
        .filter(q -> q.id().equals(id))
        .findFirst();
  }

  public int questionCount() {
    return dimensions.stream().mapToInt(d -> d.questions().size()).sum();
  }
}
