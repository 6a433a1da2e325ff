package nl.provincie.ethiek.servicekit.problem;

import java.util.Locale;

/**
 * Gives a problem's title, detail and field messages in one language. What the bundles lack falls
 * back: a title to the status's, a detail to the type's; in English to the text the code wrote. A
 * field message nobody translated stays as written.
 */
final class ProblemTranslation implements ProblemText.Translation {

  private final ProblemMessages messages;
  private final Locale language;

  ProblemTranslation(ProblemMessages messages, Locale language) {
    this.messages = messages;
    this.language = language;
  }

  static String slug(String type) {
    if (type == null) {
      return "";
    }
    return type.startsWith(ProblemType.BASE) ? type.substring(ProblemType.BASE.length()) : type;
  }

  @Override
  public String title(ProblemText problem) {
    return messages
        .text(language, slug(problem.type()) + ".title")
        .or(() -> messages.text(language, "status." + problem.status() + ".title"))
        .orElse(problem.title());
  }

  @Override
  public String detail(ProblemText problem) {
    String written = problem.detail();
    if (problem.status() >= 500) {
      return messages.text(language, slug(ProblemType.INTERNAL) + ".detail").orElse(written);
    }
    return messages
        .sentence(language, written)
        .or(
            () ->
                language.equals(ProblemMessages.ENGLISH) && written != null
                    ? java.util.Optional.of(written)
                    : messages.text(language, slug(problem.type()) + ".detail"))
        .orElse(written);
  }

  @Override
  public String message(String englishMessage) {
    return messages.sentence(language, englishMessage).orElse(englishMessage);
  }
}
