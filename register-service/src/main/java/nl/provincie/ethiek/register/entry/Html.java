package nl.provincie.ethiek.register.entry;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The national standard's HTML rule for long texts: only div, br, p, ul, ol and li, without
 * attributes; lengths are counted on the text without the tags (entities count as one character).
 */
public final class Html {

  public static final Set<String> ALLOWED_TAGS = Set.of("div", "br", "p", "ul", "ol", "li");

  private static final Pattern TAG = Pattern.compile("<\\s*/?\\s*([A-Za-z][A-Za-z0-9]*)([^>]*)>");
  private static final Pattern ENTITY = Pattern.compile("&(#[0-9]+|#x[0-9a-fA-F]+|[A-Za-z]+);");

  private Html() {}

  /** The first tag that the rule does not allow, if any. */
  public static Optional<String> disallowedTag(String text) {
    Matcher tag = TAG.matcher(text);
    while (tag.find()) {
      String name = tag.group(1).toLowerCase(Locale.ROOT);
      String rest = tag.group(2).replace("/", "").strip();
      if (!ALLOWED_TAGS.contains(name) || !rest.isEmpty()) {
        return Optional.of(tag.group());
      }
    }
    if (TAG.matcher(text).replaceAll("").contains("<")) {
      return Optional.of("<");
    }
    return Optional.empty();
  }

  /** The text without tags, entities counted as one character, in code points. */
  public static int lengthWithoutHtml(String text) {
    String plain = ENTITY.matcher(TAG.matcher(text).replaceAll("")).replaceAll("x");
    return plain.codePointCount(0, plain.length());
  }

  /** Plain text for documents that carry no HTML (the standard feed, CSV): tags become spaces. */
  public static String toPlainText(String text) {
    if (text == null) {
      return null;
    }
    String plain =
        TAG.matcher(text)
            .replaceAll(" ")
            .replace("&amp;", "&")
            .replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&nbsp;", " ")
            .replaceAll("[ \\t]+", " ");
    return plain.strip();
  }
}
