package nl.provincie.ethiek.cases.catalogue;

import java.util.Set;

/**
 * A condition of the AI Act decision aid on the labels collected so far, in the aid's own notation:
 * {@code "label" in labels}, combined with {@code &&}, {@code ||}, {@code !} and parentheses
 * ({@code &&} binds tighter than {@code ||}). Parsed once when the catalogue loads; a condition
 * that does not parse stops the load.
 */
@FunctionalInterface
public interface LabelCondition {

  boolean holds(Set<String> labels);

  static LabelCondition parse(String text) {
    Parser parser = new Parser(text);
    LabelCondition condition = parser.or();
    parser.skipSpaces();
    if (!parser.atEnd()) {
      throw parser.error("unexpected text");
    }
    return condition;
  }

  /** Recursive descent over the small grammar above. */
  final class Parser {
    private final String text;
    private int at;

    private Parser(String text) {
      this.text = text;
    }

    LabelCondition or() {
      LabelCondition left = and();
      while (take("||")) {
        LabelCondition l = left;
        LabelCondition r = and();
        left = labels -> l.holds(labels) || r.holds(labels);
      }
      return left;
    }

    private LabelCondition and() {
      LabelCondition left = unary();
      while (take("&&")) {
        LabelCondition l = left;
        LabelCondition r = unary();
        left = labels -> l.holds(labels) && r.holds(labels);
      }
      return left;
    }

    private LabelCondition unary() {
      if (take("!")) {
        LabelCondition inner = unary();
        return labels -> !inner.holds(labels);
      }
      if (take("(")) {
        LabelCondition inner = or();
        if (!take(")")) {
          throw error("')' expected");
        }
        return inner;
      }
      String label = quoted();
      if (!take("in") || !take("labels")) {
        throw error("'in labels' expected");
      }
      return labels -> labels.contains(label);
    }

    private String quoted() {
      skipSpaces();
      if (atEnd() || text.charAt(at) != '"') {
        throw error("a quoted label expected");
      }
      int end = text.indexOf('"', at + 1);
      if (end < 0) {
        throw error("unterminated label");
      }
      String label = text.substring(at + 1, end);
      at = end + 1;
      return label;
    }

    private boolean take(String token) {
      skipSpaces();
      if (text.startsWith(token, at)) {
        at += token.length();
        return true;
      }
      return false;
    }

    void skipSpaces() {
      while (!atEnd() && Character.isWhitespace(text.charAt(at))) {
        at++;
      }
    }

    boolean atEnd() {
      return at >= text.length();
    }

    IllegalStateException error(String what) {
      return new IllegalStateException(
          "Decision tree condition '" + text + "': " + what + " at position " + at);
    }
  }
}
