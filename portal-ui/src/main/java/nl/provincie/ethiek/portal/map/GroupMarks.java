package nl.provincie.ethiek.portal.map;

import java.util.Locale;

/**
 * How a group looks on the chart: a colour and a shape of its own, so that groups differ without
 * relying on colour (WCAG 1.4.1). Colours have at least 4.5:1 contrast with white.
 */
final class GroupMarks {

  static final String[] COLOURS = {"#0b5394", "#9a4a00", "#2e6b30", "#6a1b9a", "#9c2d2d"};
  static final String[] SHAPES = {"circle", "square", "triangle", "diamond", "plus"};

  private GroupMarks() {}

  static String colour(int group) {
    return COLOURS[Math.floorMod(group, COLOURS.length)];
  }

  static String shape(int group) {
    return SHAPES[Math.floorMod(group, SHAPES.length)];
  }

  /** The group's shape around (cx, cy), about {@code r} from centre to edge, with attributes. */
  static String mark(int group, double cx, double cy, double r, String attributes) {
    return switch (shape(group)) {
      case "circle" ->
          format("<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\" %s/>", cx, cy, r, attributes);
      case "square" -> {
        double half = r * 0.9;
        yield format(
            "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" %s/>",
            cx - half, cy - half, 2 * half, 2 * half, attributes);
      }
      case "triangle" ->
          polygon(
              attributes, cx, cy - 1.2 * r, cx + 1.1 * r, cy + 0.7 * r, cx - 1.1 * r, cy + 0.7 * r);
      case "diamond" ->
          polygon(
              attributes,
              cx,
              cy - 1.25 * r,
              cx + 1.25 * r,
              cy,
              cx,
              cy + 1.25 * r,
              cx - 1.25 * r,
              cy);
      default -> plus(cx, cy, r, attributes);
    };
  }

  private static String plus(double cx, double cy, double r, String attributes) {
    double a = r * 0.4;
    double l = r * 1.2;
    return polygon(
        attributes,
        cx - a,
        cy - l,
        cx + a,
        cy - l,
        cx + a,
        cy - a,
        cx + l,
        cy - a,
        cx + l,
        cy + a,
        cx + a,
        cy + a,
        cx + a,
        cy + l,
        cx - a,
        cy + l,
        cx - a,
        cy + a,
        cx - l,
        cy + a,
        cx - l,
        cy - a,
        cx - a,
        cy - a);
  }

  private static String polygon(String attributes, double... xy) {
    StringBuilder points = new StringBuilder();
    for (int i = 0; i < xy.length; i += 2) {
      points.append(i == 0 ? "" : " ").append(format("%.1f,%.1f", xy[i], xy[i + 1]));
    }
    return format("<polygon points=\"%s\" %s/>", points, attributes);
  }

  private static String format(String pattern, Object... values) {
    return String.format(Locale.ROOT, pattern, values);
  }
}
