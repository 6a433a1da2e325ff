package nl.provincie.ethiek.portal.register;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Turns the register's long texts into components. The national standard allows only div, br, p,
 * ul, ol and li in them; the portal never renders their markup as HTML but rebuilds paragraphs and
 * list items as text, so nothing in a text can inject markup.
 */
final class PlainText {

  private static final Pattern BLOCK =
      Pattern.compile("(?i)<\\s*(/?\\s*(p|div|ul|ol)|br\\s*/?)\\s*>");
  private static final Pattern ITEM = Pattern.compile("(?i)<\\s*li\\s*>");
  private static final Pattern TAG = Pattern.compile("<[^>]*>");
  private static final ZoneId DUTCH_TIME = ZoneId.of("Europe/Amsterdam");

  private PlainText() {}

  /** Paragraphs and bullet lists for a long text; empty when the text is blank. */
  static List<Component> blocks(String text) {
    List<Component> blocks = new ArrayList<>();
    if (text == null || text.isBlank()) {
      return blocks;
    }
    String marked = ITEM.matcher(text).replaceAll("\n\u2022");
    marked = BLOCK.matcher(marked).replaceAll("\n");
    marked = TAG.matcher(marked).replaceAll("");
    UnorderedList list = null;
    for (String line : marked.split("\n")) {
      String clean = unescape(line).strip();
      if (clean.isEmpty()) {
        continue;
      }
      if (clean.startsWith("\u2022")) {
        if (list == null) {
          list = new UnorderedList();
          blocks.add(list);
        }
        list.add(new ListItem(clean.substring(1).strip()));
      } else {
        list = null;
        blocks.add(new Paragraph(clean));
      }
    }
    return blocks;
  }

  static boolean isBlank(String text) {
    return blocks(text).isEmpty();
  }

  private static String unescape(String text) {
    return text.replace("&nbsp;", " ")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&");
  }

  /** Paragraph texts of a long text joined into one line, for a text shown inline. */
  static String inline(String text) {
    List<String> lines = new ArrayList<>();
    for (Component block : blocks(text)) {
      block.getElement().getChildren().forEach(line -> lines.add(line.getTextRecursively()));
    }
    return String.join(" ", lines).strip();
  }

  /**
   * Whether a register date (YYYY-MM-DD, or YYYY-MM meaning its last day) lies before today in
   * Dutch time; false for a blank or unreadable date.
   */
  static boolean isPast(String value, LocalDate today) {
    if (value == null || value.isBlank()) {
      return false;
    }
    try {
      return LocalDate.parse(value).isBefore(today);
    } catch (DateTimeParseException notADay) {
      try {
        return YearMonth.parse(value).atEndOfMonth().isBefore(today);
      } catch (DateTimeParseException notAMonth) {
        return false;
      }
    }
  }

  static LocalDate today() {
    return LocalDate.now(DUTCH_TIME);
  }

  /** "23 november 2026" (or "23 November 2026"), in Dutch time. */
  static String date(Instant instant, Locale locale) {
    return instant == null
        ? ""
        : DateTimeFormatter.ofPattern("d MMMM yyyy", locale).withZone(DUTCH_TIME).format(instant);
  }

  /** A register date: YYYY-MM-DD or YYYY-MM, written out; anything else as given. */
  static String date(String value, Locale locale) {
    if (value == null || value.isBlank()) {
      return "";
    }
    try {
      return DateTimeFormatter.ofPattern("d MMMM yyyy", locale).format(LocalDate.parse(value));
    } catch (DateTimeParseException notADay) {
      try {
        return DateTimeFormatter.ofPattern("MMMM yyyy", locale).format(YearMonth.parse(value));
      } catch (DateTimeParseException notAMonth) {
        return value;
      }
    }
  }
}
