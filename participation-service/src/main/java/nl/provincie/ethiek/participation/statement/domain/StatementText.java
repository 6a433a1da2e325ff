package nl.provincie.ethiek.participation.statement.domain;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * A statement's text as residents wrote it, and the normalised form used to recognise
 * near-duplicates. Markup is kept as literal text: the service never interprets it.
 */
public record StatementText(String value, String normalized) {

  /**
   * What a statement says once its author removed their participation: the text is erased, the
   * statement keeps its number so that exports and reports stay consistent (docs/adr/0031).
   */
  public static final StatementText WITHDRAWN =
      new StatementText("[verwijderd door inzender]", normalize("[verwijderd door inzender]"));

  /** Two statements whose normalised words overlap at least this much are near-duplicates. */
  static final double NEAR_DUPLICATE_OVERLAP = 0.8;

  /**
   * @throws InvalidStatement when the text is empty, only whitespace, or longer than {@code max}
   */
  public static StatementText of(String raw, int max) {
    String text = raw == null ? "" : raw.strip().replaceAll("\\s+", " ");
    if (text.isEmpty()) {
      throw new InvalidStatement("empty", "A statement needs some text.");
    }
    int length = text.codePointCount(0, text.length());
    if (length > max) {
      throw new InvalidStatement(
          "too-long",
          "A statement has at most " + max + " characters; this one has " + length + ".");
    }
    return new StatementText(text, normalize(text));
  }

  public static String normalize(String text) {
    String withoutAccents =
        Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    return withoutAccents.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }

  /** Same words, or nearly (Jaccard overlap of the word sets). */
  public boolean nearlySameAs(String otherNormalized) {
    if (normalized.equals(otherNormalized)) {
      return true;
    }
    Set<String> mine = words(normalized);
    Set<String> theirs = words(otherNormalized);
    if (mine.isEmpty() || theirs.isEmpty()) {
      return false;
    }
    Set<String> common = new HashSet<>(mine);
    common.retainAll(theirs);
    Set<String> all = new HashSet<>(mine);
    all.addAll(theirs);
    return (double) common.size() / all.size() >= NEAR_DUPLICATE_OVERLAP;
  }

  private static Set<String> words(String normalized) {
    return normalized.isEmpty() ? Set.of() : new HashSet<>(Arrays.asList(normalized.split(" ")));
  }
}
