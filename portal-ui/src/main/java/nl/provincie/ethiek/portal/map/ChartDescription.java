package nl.provincie.ethiek.portal.map;

import com.vaadin.flow.component.Component;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.provincie.ethiek.portal.map.OpinionMapModel.Centre;
import nl.provincie.ethiek.portal.map.OpinionMapModel.Group;
import nl.provincie.ethiek.portal.map.OpinionMapModel.OpinionMap;
import nl.provincie.ethiek.portal.map.OpinionMapModel.Position;

/** The opinion map chart in words, for its aria-label: nothing is only in the drawing. */
final class ChartDescription {

  private ChartDescription() {}

  /**
   * The text alternative: how many groups, their sizes, where each lies, and the resident's group
   * and place.
   */
  static String of(Component page, OpinionMap map, Optional<Position> me, MapScale scale) {
    List<Group> groups = map.groups();
    StringBuilder text = new StringBuilder(page.getTranslation("map.chart.summary", groups.size()));
    for (Group group : groups) {
      text.append(' ')
          .append(page.getTranslation("map.chart.summary.group", group.letter(), group.size()));
    }
    for (Centre centre : map.groupCentres()) {
      text.append(' ')
          .append(
              page.getTranslation(
                  "map.chart.summary.place",
                  centre.letter(),
                  place(page, scale.x(centre.x()), scale.y(centre.y()))));
    }
    Integer myGroup = me.map(Position::group).orElse(null);
    groups.stream()
        .filter(g -> Objects.equals(myGroup, g.id()))
        .findFirst()
        .ifPresent(g -> text.append(' ').append(page.getTranslation("map.you.in", g.letter())));
    me.ifPresent(
        p ->
            text.append(' ')
                .append(
                    page.getTranslation(
                        "map.chart.summary.you", place(page, scale.x(p.x()), scale.y(p.y())))));
    return text.toString();
  }

  /** Where a chart point lies, in words: left, top right, in the middle, ... */
  private static String place(Component page, double x, double y) {
    String horizontal = side(x, "left", "right");
    String vertical = side(y, "top", "bottom");
    String key;
    if (horizontal.isEmpty()) {
      key = vertical.isEmpty() ? "middle" : vertical;
    } else {
      key = vertical.isEmpty() ? horizontal : vertical + "-" + horizontal;
    }
    return page.getTranslation("map.chart.place." + key);
  }

  /** Which side of the middle band (30% of the plot) a chart coordinate lies on, if any. */
  private static String side(double value, String before, String after) {
    double middle = OpinionMapChart.PLOT / 2.0;
    double band = OpinionMapChart.PLOT * 0.15;
    return value < middle - band ? before : value > middle + band ? after : "";
  }
}
