package nl.provincie.ethiek.portal.map;

import com.vaadin.flow.component.Svg;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import nl.provincie.ethiek.portal.map.OpinionMapModel.Group;

/**
 * The opinion groups drawn as SVG: one circle a group, its area in proportion to the group's
 * members, the resident's group ringed and marked "U". It scales with its viewBox, so it fits a 320
 * px screen. The drawing is an image with a text alternative (role="img", aria-label); the table
 * beside it is the full equivalent for screen readers.
 */
public class GroupChart extends Svg {

  static final String[] COLOURS = {"#0b5394", "#9a4a00", "#2e6b30", "#6a1b9a", "#9c2d2d"};
  private static final int CELL_WIDTH = 220;
  private static final int CELL_HEIGHT = 264;
  private static final int MAX_RADIUS = 80;
  private static final int MIN_RADIUS = 20;

  public GroupChart() {
    setId("opinion-map-chart");
    addClassName("group-chart");
  }

  /** Draws the groups; {@code myGroup} is the resident's group id, or null. */
  public void draw(List<Group> groups, Integer myGroup) {
    int columns = columns(groups.size());
    int rows = (groups.size() + columns - 1) / columns;
    int maxSize = groups.stream().mapToInt(Group::size).max().orElse(1);
    StringBuilder svg = new StringBuilder();
    svg.append(
        String.format(
            Locale.ROOT,
            "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" role=\"img\""
                + " aria-label=\"%s\" preserveAspectRatio=\"xMidYMid meet\"><title>%s</title>",
            columns * CELL_WIDTH,
            rows * CELL_HEIGHT,
            escape(description(groups, myGroup)),
            escape(getTranslation("map.chart.title"))));
    for (int i = 0; i < groups.size(); i++) {
      Group group = groups.get(i);
      int x = (i % columns) * CELL_WIDTH + CELL_WIDTH / 2;
      int top = (i / columns) * CELL_HEIGHT;
      drawGroup(
          svg, group, x, top, radius(group.size(), maxSize), Objects.equals(myGroup, group.id()));
    }
    svg.append("</svg>");
    setSvg(svg.toString());
  }

  private void drawGroup(StringBuilder svg, Group group, int x, int top, int r, boolean mine) {
    int cy = top + 100;
    String colour = COLOURS[Math.floorMod(group.id(), COLOURS.length)];
    svg.append(
        String.format(
            Locale.ROOT,
            "<g class=\"group%s\" data-group=\"%s\">",
            mine ? " mine" : "",
            group.letter()));
    if (mine) {
      svg.append(
          String.format(
              Locale.ROOT,
              "<circle cx=\"%d\" cy=\"%d\" r=\"%d\" fill=\"none\" stroke=\"#1a1a1a\""
                  + " stroke-width=\"4\" stroke-dasharray=\"10 6\"/>",
              x,
              cy,
              r + 9));
    }
    svg.append(
        String.format(
            Locale.ROOT, "<circle cx=\"%d\" cy=\"%d\" r=\"%d\" fill=\"%s\"/>", x, cy, r, colour));
    if (mine) {
      svg.append(
          String.format(
              Locale.ROOT,
              "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\" dominant-baseline=\"central\""
                  + " font-size=\"26\" font-weight=\"700\" fill=\"#ffffff\">%s</text>",
              x,
              cy,
              escape(getTranslation("map.chart.you"))));
    }
    svg.append(
        String.format(
            Locale.ROOT,
            "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\" font-size=\"30\" font-weight=\"700\""
                + " fill=\"#1a1a1a\">%s</text>",
            x,
            top + 224,
            escape(getTranslation("map.chart.group", group.letter()))));
    svg.append(
        String.format(
            Locale.ROOT,
            "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\" font-size=\"26\" fill=\"#1a1a1a\">"
                + "%s</text></g>",
            x,
            top + 254,
            escape(getTranslation("map.members", group.size()))));
  }

  /** The text alternative: how many groups, their sizes, and the resident's group. */
  String description(List<Group> groups, Integer myGroup) {
    StringBuilder text = new StringBuilder(getTranslation("map.chart.summary", groups.size()));
    for (Group group : groups) {
      text.append(' ')
          .append(getTranslation("map.chart.summary.group", group.letter(), group.size()));
    }
    groups.stream()
        .filter(g -> Objects.equals(myGroup, g.id()))
        .findFirst()
        .ifPresent(g -> text.append(' ').append(getTranslation("map.you.in", g.letter())));
    return text.toString();
  }

  /** Two columns at most, so that labels stay readable when the chart shrinks to 320 px. */
  static int columns(int groups) {
    return groups <= 1 ? 1 : 2;
  }

  /** Area in proportion to members: the radius grows with the square root of the size. */
  static int radius(int size, int maxSize) {
    if (maxSize <= 0) {
      return MIN_RADIUS;
    }
    double r = MAX_RADIUS * Math.sqrt((double) Math.max(size, 0) / maxSize);
    return (int) Math.round(Math.max(MIN_RADIUS, r));
  }

  static String escape(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
