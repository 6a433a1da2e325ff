package nl.provincie.ethiek.portal.map;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import nl.provincie.ethiek.portal.map.OpinionMapModel.OpinionMap;
import nl.provincie.ethiek.portal.map.OpinionMapModel.Point;
import nl.provincie.ethiek.portal.map.OpinionMapModel.Position;

/**
 * Where the "U" goes. The resident's position is projected from their latest votes, their group
 * from the last clustering, so right after a vote the projection can land among another group's
 * points while the text says "U hoort bij groep A". The marker is then moved to the nearest place
 * of the resident's own group (its nearest point, else its centre), so picture and words agree.
 */
final class ResidentMarker {

  private ResidentMarker() {}

  static Position place(Position me, OpinionMap map) {
    if (me.group() == null || map.points().isEmpty() && map.groupCentres().isEmpty()) {
      return me;
    }
    int group = me.group();
    Optional<Point> nearest = nearest(me, map.points());
    if (nearest.isPresent() && nearest.get().group() == group) {
      return me;
    }
    List<Point> own = map.points().stream().filter(p -> p.group() == group).toList();
    Optional<Point> ownNearest = nearest(me, own);
    if (ownNearest.isPresent()) {
      return new Position(group, ownNearest.get().x(), ownNearest.get().y());
    }
    return map.groupCentres().stream()
        .filter(c -> c.group() == group)
        .findFirst()
        .map(c -> new Position(group, c.x(), c.y()))
        .orElse(me);
  }

  private static Optional<Point> nearest(Position me, List<Point> points) {
    return points.stream().min(Comparator.comparingDouble(p -> distance(me, p.x(), p.y())));
  }

  private static double distance(Position me, double x, double y) {
    double dx = me.x() - x;
    double dy = me.y() - y;
    return dx * dx + dy * dy;
  }
}
