package nl.provincie.ethiek.participation.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.provincie.ethiek.participation.opinion.Group;
import nl.provincie.ethiek.participation.opinion.ParticipantPosition;

/**
 * Where opinions lie on the map without saying whose they are (docs/adr/0014): each group's centre,
 * and the grouped participants' positions snapped to a square lattice through the origin and
 * counted per lattice point and group. The lattice step starts at 1/{@value #FINEST_GRID} of the
 * cloud's widest side and doubles until at most {@value #MAX_POINTS} points remain. Points are
 * ordered by group and coordinates only, so neither their order nor their values carry a
 * participant id.
 */
final class OpinionCloud {

  static final int MAX_POINTS = 500;
  static final int FINEST_GRID = 64;
  private static final double DECIMALS = 1e4;

  private OpinionCloud() {}

  /** The mean position of each group's members, in the groups' order. */
  static List<OpinionMapView.GroupCentre> centres(
      List<Group> groups, List<ParticipantPosition> positions) {
    Map<Integer, double[]> sums = new HashMap<>();
    for (ParticipantPosition p : positions) {
      if (p.inConversation()) {
        double[] sum = sums.computeIfAbsent(p.group().getAsInt(), g -> new double[3]);
        sum[0] += p.x();
        sum[1] += p.y();
        sum[2]++;
      }
    }
    List<OpinionMapView.GroupCentre> centres = new ArrayList<>();
    for (Group group : groups) {
      double[] sum = sums.get(group.id());
      if (sum != null) {
        centres.add(
            new OpinionMapView.GroupCentre(
                group.id(),
                MapAssembler.label(group.id()),
                round(sum[0] / sum[2]),
                round(sum[1] / sum[2])));
      }
    }
    return centres;
  }

  /** The grouped participants' positions, binned until at most {@value #MAX_POINTS} remain. */
  static List<OpinionMapView.MapPoint> points(List<ParticipantPosition> positions) {
    List<ParticipantPosition> grouped =
        positions.stream().filter(ParticipantPosition::inConversation).toList();
    if (grouped.isEmpty()) {
      return List.of();
    }
    Grid grid = Grid.around(grouped, FINEST_GRID);
    Map<Cell, Integer> counts = grid.count(grouped);
    while (counts.size() > MAX_POINTS && grid.cells() > 1) {
      grid = Grid.around(grouped, grid.cells() / 2);
      counts = grid.count(grouped);
    }
    Grid used = grid;
    return counts.entrySet().stream()
        .map(
            e ->
                new OpinionMapView.MapPoint(
                    round(used.centreX(e.getKey().column())),
                    round(used.centreY(e.getKey().row())),
                    e.getKey().group(),
                    e.getValue()))
        .sorted(
            Comparator.comparingInt(OpinionMapView.MapPoint::group)
                .thenComparingDouble(OpinionMapView.MapPoint::x)
                .thenComparingDouble(OpinionMapView.MapPoint::y))
        .toList();
  }

  private static double round(double value) {
    return Math.round(value * DECIMALS) / DECIMALS;
  }

  private record Cell(int group, int column, int row) {}

  /**
   * A square lattice through the origin, {@code step} apart: a position snaps to the nearest
   * lattice point, so the cloud spans at most {@code cells} + 1 lattice points a side. {@code step}
   * is 0 when all positions coincide; they then stay where they are.
   */
  private record Grid(double step, int cells, double commonX, double commonY) {

    static Grid around(List<ParticipantPosition> positions, int cells) {
      double minX = Double.POSITIVE_INFINITY;
      double minY = Double.POSITIVE_INFINITY;
      double maxX = Double.NEGATIVE_INFINITY;
      double maxY = Double.NEGATIVE_INFINITY;
      for (ParticipantPosition p : positions) {
        minX = Math.min(minX, p.x());
        minY = Math.min(minY, p.y());
        maxX = Math.max(maxX, p.x());
        maxY = Math.max(maxY, p.y());
      }
      return new Grid(Math.max(maxX - minX, maxY - minY) / cells, cells, minX, minY);
    }

    Map<Cell, Integer> count(List<ParticipantPosition> positions) {
      Map<Cell, Integer> counts = new HashMap<>();
      for (ParticipantPosition p : positions) {
        counts.merge(new Cell(p.group().getAsInt(), index(p.x()), index(p.y())), 1, Integer::sum);
      }
      return counts;
    }

    private int index(double value) {
      return step == 0 ? 0 : (int) Math.round(value / step);
    }

    double centreX(int column) {
      return step == 0 ? commonX : column * step;
    }

    double centreY(int row) {
      return step == 0 ? commonY : row * step;
    }
  }
}
