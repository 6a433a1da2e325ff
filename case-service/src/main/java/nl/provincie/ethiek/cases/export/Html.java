package nl.provincie.ethiek.cases.export;

import java.util.Collection;

/**
 * A small HTML writer: every piece of text goes through {@link #text}, which escapes it, so case
 * content (titles, answers, names) can never become markup in a report.
 */
final class Html {

  private final StringBuilder out = new StringBuilder();

  static String escape(Object value) {
    if (value == null) {
      return "";
    }
    String s = String.valueOf(value);
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  /** Raw markup written by this class's callers; never case content. */
  Html tag(String markup) {
    out.append(markup);
    return this;
  }

  Html text(Object value) {
    out.append(escape(value));
    return this;
  }

  Html element(String name, Object value) {
    return tag("<" + name + ">").text(value).tag("</" + name + ">\n");
  }

  Html heading(int level, Object value) {
    return element("h" + level, value);
  }

  /** A paragraph, left out when there is nothing to say. */
  Html paragraph(Object value) {
    return value == null || String.valueOf(value).isBlank() ? this : element("p", value);
  }

  /** A definition row in the current {@code <dl>}, left out when empty. */
  Html field(String label, Object value) {
    if (value == null || String.valueOf(value).isBlank()) {
      return this;
    }
    return element("dt", label).element("dd", value);
  }

  Html list(Collection<?> items) {
    if (items == null || items.isEmpty()) {
      return this;
    }
    tag("<ul>\n");
    items.forEach(i -> element("li", i));
    return tag("</ul>\n");
  }

  Html row(String cell, Object... values) {
    tag("<tr>");
    for (Object v : values) {
      element(cell, v);
    }
    return tag("</tr>\n");
  }

  @Override
  public String toString() {
    return out.toString();
  }
}
