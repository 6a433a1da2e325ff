package nl.provincie.ethiek.portal.map;

import java.util.Optional;
import nl.provincie.ethiek.portal.map.OpinionMapModel.Centre;
import nl.provincie.ethiek.portal.map.OpinionMapModel.OpinionMap;
import nl.provincie.ethiek.portal.map.OpinionMapModel.Point;
import nl.provincie.ethiek.portal.map.OpinionMapModel.Position;

/**
 * From the map's coordinates to the chart's: one scale for both axes (distances keep their meaning:
 * who votes alike stands close), the middle of everything shown in the middle of a square plot of
 * {@code size} units with {@code margin} on each side. SVG's y grows downwards, the map's upwards.
 */
record MapScale(double midX, double midY, double unitsPerStep, int size) {

  static MapScale fit(OpinionMap map, Optional<Position> me, int size, int margin) {
    double minX = Double.POSITIVE_INFINITY;
    double minY = Double.POSITIVE_INFINITY;
    double maxX = Double.NEGATIVE_INFINITY;
    double maxY = Double.NEGATIVE_INFINITY;
    for (Point p : map.points()) {
      minX = Math.min(minX, p.x());
      maxX = Math.max(maxX, p.x());
      minY = Math.min(minY, p.y());
      maxY = Math.max(maxY, p.y());
    }
    for (Centre c : map.groupCentres()) {
      minX = Math.min(minX, c.x());
      maxX = Math.max(maxX, c.x());
      minY = Math.min(minY, c.y());
      maxY = Math.max(maxY, c.y());
    }
    if (me.isPresent()) {
      minX = Math.min(minX, me.get().x());
      maxX = Math.max(maxX, me.get().x());
      minY = Math.min(minY, me.get().y());
      maxY = Math.max(maxY, me.get().y());
    }
    if (minX > maxX) {
      return new MapScale(0, 0, 1, size);
    }
    double extent = Math.max(maxX - minX, maxY - minY);
    double units = extent > 0 ? (size - 2.0 * margin) / extent : 1;
    return new MapScale((minX + maxX) / 2, (minY + maxY) / 2, units, size);
  }

  double x(double mapX) {
    return size / 2.0 + (mapX - midX) * unitsPerStep;
  }

  double y(double mapY) {
    return size / 2.0 - (mapY - midY) * unitsPerStep;
  }
}
