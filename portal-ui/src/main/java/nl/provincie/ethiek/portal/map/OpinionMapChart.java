package nl.provincie.ethiek.portal.map;

import com.vaadin.flow.component.Svg;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.provincie.ethiek.portal.map.OpinionMapModel.Centre;
import nl.provincie.ethiek.portal.map.OpinionMapModel.Group;
import nl.provincie.ethiek.portal.map.OpinionMapModel.OpinionMap;
import nl.provincie.ethiek.portal.map.OpinionMapModel.Point;
import nl.provincie.ethiek.portal.map.OpinionMapModel.Position;

/**
 * The opinion map drawn as an SVG scatter (docs/adr/0014): the participants' positions as points in
 * their group's colour and shape (a bigger point stands for more participants at one place), each
 * group's centre labelled, the resident's own position marked "U", unlabelled axes through the
 * average and a legend. It scales with its viewBox, so it fits a 320 px screen. The drawing is an
 * image with a text alternative (role="img", aria-label); the table beside it carries the figures.
 */
public class OpinionMapChart extends Svg {

  static final String EXPLANATION_ID = "opinion-map-explanation";
  static final int PLOT = 440;
  private static final int MARGIN = 48;
  private static final int LEGEND_ROW = 40;
  private static final int LEGEND_COLUMN = PLOT / 2;
  private static final double SMALLEST_POINT = 5;
  private static final double LARGEST_POINT = 16;
  private static final String INK = "#1a1a1a";

  public OpinionMapChart() {
    setId("opinion-map-chart");
    addClassName("group-chart");
  }

  /** Draws the map; {@code me} is the resident's position when they are on it. */
  public void draw(OpinionMap map, Optional<Position> me) {
    MapScale scale = MapScale.fit(map, me, PLOT, MARGIN);
    int legendRows = (map.groups().size() + 1) / 2 + (me.isPresent() ? 1 : 0);
    int height = PLOT + legendRows * LEGEND_ROW + 12;
    StringBuilder svg = new StringBuilder();
    svg.append(
        format(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" role=\"img\""
                + " aria-label=\"%s\" aria-describedby=\"%s\""
                + " preserveAspectRatio=\"xMidYMid meet\"><title>%s</title>",
            PLOT,
            height,
            escape(ChartDescription.of(this, map, me, scale)),
            EXPLANATION_ID,
            escape(getTranslation("map.chart.title"))));
    axes(svg, scale);
    points(svg, map.points(), scale);
    map.groupCentres().forEach(c -> centre(svg, c, scale));
    me.ifPresent(position -> resident(svg, scale.x(position.x()), scale.y(position.y()), 19));
    legend(svg, map.groups(), me.isPresent());
    svg.append("</svg>");
    setSvg(svg.toString());
  }

  private void axes(StringBuilder svg, MapScale scale) {
    double x = clamp(scale.x(0), MARGIN / 2.0, PLOT - MARGIN / 2.0);
    double y = clamp(scale.y(0), MARGIN / 2.0, PLOT - MARGIN / 2.0);
    svg.append(
        format(
            "<g class=\"axes\" stroke=\"#8a8a8a\" stroke-width=\"1.5\">"
                + "<rect x=\"1\" y=\"1\" width=\"%d\" height=\"%d\" fill=\"none\" stroke=\"#c8c8c8\"/>"
                + "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\"/>"
                + "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\"/></g>",
            PLOT - 2,
            PLOT - 2,
            MARGIN / 4,
            y,
            PLOT - MARGIN / 4,
            y,
            x,
            MARGIN / 4,
            x,
            PLOT - MARGIN / 4));
  }

  private void points(StringBuilder svg, List<Point> points, MapScale scale) {
    int most = points.stream().mapToInt(Point::count).max().orElse(1);
    svg.append("<g class=\"points\">");
    for (Point p : points) {
      String colour = GroupMarks.colour(p.group());
      svg.append(
          GroupMarks.mark(
              p.group(),
              scale.x(p.x()),
              scale.y(p.y()),
              pointRadius(p.count(), most),
              format(
                  "class=\"point\" data-group=\"%s\" data-count=\"%d\" fill=\"%s\""
                      + " fill-opacity=\"0.45\" stroke=\"%s\" stroke-width=\"1.5\"",
                  letter(p.group()), p.count(), colour, colour)));
    }
    svg.append("</g>");
  }

  private void centre(StringBuilder svg, Centre centre, MapScale scale) {
    double x = scale.x(centre.x());
    double y = scale.y(centre.y());
    svg.append(format("<g class=\"centre\" data-group=\"%s\">", centre.letter()));
    svg.append(
        GroupMarks.mark(
            centre.group(),
            x,
            y,
            11,
            format(
                "fill=\"#ffffff\" stroke=\"%s\" stroke-width=\"4\"",
                GroupMarks.colour(centre.group()))));
    svg.append(
        format(
            "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\" font-size=\"22\" font-weight=\"700\""
                + " fill=\"%s\" stroke=\"#ffffff\" stroke-width=\"6\" stroke-linejoin=\"round\""
                + " paint-order=\"stroke\">%s</text></g>",
            clamp(x, 56, PLOT - 56),
            Math.max(y - 26, 24),
            INK,
            escape(getTranslation("map.chart.group", centre.letter()))));
  }

  /** A dark disc with a white ring and a white "U": at least 15:1 against its own disc. */
  private void resident(StringBuilder svg, double x, double y, double r) {
    String you = getTranslation("map.chart.you");
    svg.append(
        format(
            "<g class=\"me\"><circle cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\" fill=\"%s\" stroke=\"#ffffff\""
                + " stroke-width=\"4\"/><text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\""
                + " dominant-baseline=\"central\" font-size=\"%.1f\" font-weight=\"700\""
                + " fill=\"#ffffff\">%s</text></g>",
            x, y, r, INK, x, y, (you.length() <= 1 ? 1.15 : 0.8) * r, escape(you)));
  }

  private void legend(StringBuilder svg, List<Group> groups, boolean withMe) {
    svg.append("<g class=\"legend\">");
    for (int i = 0; i < groups.size(); i++) {
      Group group = groups.get(i);
      int x = (i % 2) * LEGEND_COLUMN + 12;
      int y = PLOT + 6 + (i / 2) * LEGEND_ROW;
      String colour = GroupMarks.colour(group.id());
      svg.append(
          GroupMarks.mark(
              group.id(),
              x + 14,
              y + 20,
              9,
              format("fill=\"%s\" stroke=\"%s\" stroke-width=\"1.5\"", colour, colour)));
      legendText(svg, x, y, getTranslation("map.chart.group", group.letter()));
    }
    if (withMe) {
      int y = PLOT + 6 + ((groups.size() + 1) / 2) * LEGEND_ROW;
      resident(svg, 26, y + 20, 14);
      legendText(svg, 12, y, getTranslation("map.chart.legend.you"));
    }
    svg.append("</g>");
  }

  private static void legendText(StringBuilder svg, int x, int y, String text) {
    svg.append(
        format(
            "<text x=\"%d\" y=\"%d\" font-size=\"22\" fill=\"%s\">%s</text>",
            x + 34, y + 28, INK, escape(text)));
  }

  /** A point's area grows with its participants; a single participant is the smallest point. */
  static double pointRadius(int count, int most) {
    if (most <= 1) {
      return SMALLEST_POINT;
    }
    double share = Math.sqrt((double) (Math.max(count, 1) - 1) / (most - 1));
    return SMALLEST_POINT + (LARGEST_POINT - SMALLEST_POINT) * share;
  }

  private static String letter(int group) {
    return String.valueOf((char) ('A' + group));
  }

  private static double clamp(double value, double low, double high) {
    return Math.max(low, Math.min(high, value));
  }

  private static String format(String pattern, Object... values) {
    return String.format(Locale.ROOT, pattern, values);
  }

  static String escape(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
