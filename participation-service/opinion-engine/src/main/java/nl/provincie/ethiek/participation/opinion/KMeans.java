package nl.provincie.ethiek.participation.opinion;

import java.util.Arrays;

/**
 * Weighted k-means in two dimensions (spec section 4): points are assigned to the nearest centre
 * (ties to the lower centre index), centres become the weighted mean of their members, empty
 * clusters are dropped, and it stops after {@code maxIterations} steps or when every centre, both
 * sets sorted, moved less than 0.01.
 */
final class KMeans {
  static final double CONVERGED_WHEN_MOVED_LESS_THAN = 0.01;
  private static final int SORTED_SEARCH_FROM_CENTRES = 12;
  static final int BOUNDED_FROM_POINTS = 1_024;

  private KMeans() {}

  /** Final clusters: centres, total weight and member count per cluster, cluster of each point. */
  record Result(
      double[] x, double[] y, double[] weight, int[] members, int[] assignment, int[] keptFrom) {
    Result(double[] x, double[] y, double[] weight, int[] members, int[] assignment) {
      this(x, y, weight, members, assignment, null);
    }

    int size() {
      return x.length;
    }
  }

  /**
   * Initial centres: the given centres first (a previous run), then the first distinct points in
   * the given order that are not yet a centre, up to k.
   */
  static double[][] initialCentres(
      double[] x, double[] y, int[] order, int k, double[] previousX, double[] previousY) {
    double[] cx = new double[k];
    double[] cy = new double[k];
    int count = 0;
    java.util.HashSet<String> seen = new java.util.HashSet<>();
    if (previousX != null) {
      for (int i = 0; i < previousX.length && count < k; i++) {
        if (seen.add(key(previousX[i], previousY[i]))) {
          cx[count] = previousX[i];
          cy[count] = previousY[i];
          count++;
        }
      }
    }
    for (int i = 0; i < order.length && count < k; i++) {
      int point = order[i];
      if (seen.add(key(x[point], y[point]))) {
        cx[count] = x[point];
        cy[count] = y[point];
        count++;
      }
    }
    return new double[][] {Arrays.copyOf(cx, count), Arrays.copyOf(cy, count)};
  }

  private static String key(double x, double y) {
    return Double.doubleToLongBits(x + 0.0) + ":" + Double.doubleToLongBits(y + 0.0);
  }

  static Result run(
      double[] x, double[] y, double[] weights, double[][] initial, int maxIterations) {
    return run(x, y, weights, initial, maxIterations, false);
  }

  /**
   * As {@link #run(double[], double[], double[], double[][], int)}. {@code warm}: the initial
   * centres are a previous run's, so one to three steps usually converge; those steps are plain
   * nearest-centre searches, and the distance bounds are set up only when more are needed, from the
   * centres reached (every step is exact, so the result is the same either way, ADR 0060).
   */
  static Result run(
      double[] x,
      double[] y,
      double[] weights,
      double[][] initial,
      int maxIterations,
      boolean warm) {
    if (x.length < BOUNDED_FROM_POINTS) {
      return runPlain(x, y, weights, initial, maxIterations);
    }
    if (!warm) {
      return runBounded(x, y, weights, initial, maxIterations);
    }
    double[] cx = initial[0];
    double[] cy = initial[1];
    int[] assignment = new int[x.length];
    for (int step = 1; step <= WARM_PLAIN_STEPS; step++) {
      assign(x, y, cx, cy, assignment);
      Result next = update(x, y, weights, cx.length, assignment);
      if (step == maxIterations || converged(cx, cy, next.x(), next.y())) {
        return new Result(next.x(), next.y(), next.weight(), next.members(), assignment);
      }
      cx = next.x();
      cy = next.y();
    }
    return runBounded(x, y, weights, new double[][] {cx, cy}, maxIterations - WARM_PLAIN_STEPS);
  }

  /** Plain steps of a warm start before distance bounds pay for themselves. */
  static final int WARM_PLAIN_STEPS = 3;

  /** Lloyd's algorithm as written: every point searches its nearest centre in every iteration. */
  static Result runPlain(
      double[] x, double[] y, double[] weights, double[][] initial, int maxIterations) {
    double[] cx = initial[0];
    double[] cy = initial[1];
    Result result = step(x, y, weights, cx, cy);
    for (int iteration = 1; iteration < maxIterations; iteration++) {
      if (converged(cx, cy, result.x(), result.y())) {
        break;
      }
      cx = result.x();
      cy = result.y();
      result = step(x, y, weights, cx, cy);
    }
    return result;
  }

  /**
   * The same iterations and the same result as {@link #runPlain}, with distance bounds (Yinyang
   * k-means): centres are split into groups of about ten neighbours; each point keeps an upper
   * bound on the distance to its centre and, per group, a lower bound on the distance to the
   * group's other centres. When centres move, the bounds widen by the movement (per group: its
   * largest), and a point measures distances again only to the groups whose bound no longer proves
   * them farther than its own centre. Bounds are compared with a relative margin far above
   * rounding, so every centre skipped is certainly farther than the one kept, and the nearest
   * centre (ties to the lower index) is the full scan's. In late iterations almost every point is
   * skipped.
   */
  static Result runBounded(
      double[] x, double[] y, double[] weights, double[][] initial, int maxIterations) {
    int n = x.length;
    double[] cx = initial[0];
    double[] cy = initial[1];
    int k = cx.length;
    int[] groupOf = centreGroups(cx, cy);
    int t = 0;
    for (int g : groupOf) {
      t = Math.max(t, g + 1);
    }
    int groups = t;
    int[] assignment = new int[n];
    double[] upper = new double[n];
    double[] lower = new double[n * groups];
    double[] lowest = new double[n];
    // Group bounds are stored plus the group's widening so far (widened lazily, see relocate).
    double[] widened = new double[groups];
    double[] ix = cx;
    double[] iy = cy;
    int[][] initialMembers = membersOf(groupOf, groups);
    double[] box = boxes(ix, iy, initialMembers);
    Chunks.forEach(
        n,
        chunk -> {
          for (int i = Chunks.start(chunk, n), end = Chunks.end(chunk, n); i < end; i++) {
            place(i, x, y, ix, iy, initialMembers, box, assignment, upper, lower, lowest);
          }
        });
    Result result = update(x, y, weights, k, assignment);
    for (int iteration = 1; iteration < maxIterations; iteration++) {
      if (converged(cx, cy, result.x(), result.y())) {
        break;
      }
      // Movement of every kept centre; dropped (empty) centres only raise the lower bounds.
      double[] nx = result.x();
      double[] ny = result.y();
      int kept = nx.length;
      double[] moved = new double[kept];
      int[] keptGroup = new int[kept];
      double[] widen = new double[groups];
      double maxMoved = 0;
      for (int c = 0; c < kept; c++) {
        int from = result.keptFrom()[c];
        double mx = nx[c] - cx[from];
        double my = ny[c] - cy[from];
        moved[c] = Math.sqrt(mx * mx + my * my);
        maxMoved = Math.max(maxMoved, moved[c]);
        keptGroup[c] = groupOf[from];
        widen[keptGroup[c]] = Math.max(widen[keptGroup[c]], moved[c]);
      }
      for (int g = 0; g < groups; g++) {
        widened[g] += widen[g];
      }
      double widenAll = maxMoved;
      groupOf = keptGroup;
      int[] centreGroup = keptGroup;
      int[][] groupMembers = membersOf(centreGroup, groups);
      double[] ccx = nx;
      double[] ccy = ny;
      Chunks.forEach(
          n,
          chunk -> {
            for (int i = Chunks.start(chunk, n), end = Chunks.end(chunk, n); i < end; i++) {
              relocate(
                  i,
                  x,
                  y,
                  ccx,
                  ccy,
                  centreGroup,
                  groupMembers,
                  moved,
                  widened,
                  widenAll,
                  assignment,
                  upper,
                  lower,
                  lowest,
                  groups);
            }
          });
      cx = ccx;
      cy = ccy;
      result = update(x, y, weights, cx.length, assignment);
    }
    return new Result(result.x(), result.y(), result.weight(), result.members(), assignment);
  }

  private static final double BOUND_MARGIN = 1e-9;
  private static final double ABSOLUTE_MARGIN = 1e-12;

  private static boolean provenNearest(double upper, double lower) {
    return upper * (1 + BOUND_MARGIN) + ABSOLUTE_MARGIN < lower * (1 - BOUND_MARGIN);
  }

  /**
   * One point after the centres moved: widen its bounds, then re-measure only where needed. The
   * point's least bound over all groups widens by the largest movement of any centre; a group's
   * bound is stored plus that group's total widening when it was set, so it is widened by
   * subtracting the total now, without touching every group of every point in every iteration.
   */
  private static void relocate(
      int i,
      double[] x,
      double[] y,
      double[] cx,
      double[] cy,
      int[] groupOf,
      int[][] members,
      double[] moved,
      double[] widened,
      double widenAll,
      int[] assignment,
      double[] upper,
      double[] lower,
      double[] lowest,
      int groups) {
    int a = assignment[i];
    double u = upper[i] + moved[a];
    double least = lowest[i] - widenAll;
    upper[i] = u;
    lowest[i] = least;
    if (provenNearest(u, least)) {
      return;
    }
    double px = x[i];
    double py = y[i];
    double ax = px - cx[a];
    double ay = py - cy[a];
    double ownSquared = ax * ax + ay * ay;
    u = Math.sqrt(ownSquared);
    upper[i] = u;
    if (provenNearest(u, least)) {
      return;
    }
    // Groups that may hold a centre as near as the own one: measure all their centres.
    int base = i * groups;
    int best = a;
    double bestSquared = ownSquared;
    long examined = 0;
    for (int g = 0; g < groups; g++) {
      if (provenNearest(u, lower[base + g] - widened[g])) {
        continue;
      }
      examined |= 1L << g;
      for (int c : members[g]) {
        double dx = px - cx[c];
        double dy = py - cy[c];
        double d = dx * dx + dy * dy;
        if (d < bestSquared || (d == bestSquared && c < best)) {
          bestSquared = d;
          best = c;
        }
      }
    }
    // New bounds of the examined groups (all but the new centre), and of the old centre's group
    // when it was not examined and the point moved away from it.
    least = Double.POSITIVE_INFINITY;
    for (int g = 0; g < groups; g++) {
      double l;
      if ((examined & 1L << g) != 0) {
        double squared = Double.POSITIVE_INFINITY;
        for (int c : members[g]) {
          if (c != best) {
            double dx = px - cx[c];
            double dy = py - cy[c];
            squared = Math.min(squared, dx * dx + dy * dy);
          }
        }
        l = Math.sqrt(squared);
        lower[base + g] = l + widened[g];
      } else {
        l = lower[base + g] - widened[g];
        if (best != a && g == groupOf[a] && u < l) {
          l = u;
          lower[base + g] = l + widened[g];
        }
      }
      least = Math.min(least, l);
    }
    lowest[i] = least;
    assignment[i] = best;
    upper[i] = Math.sqrt(bestSquared);
  }

  /** Bounding box of each group's centres: min x, max x, min y, max y. */
  private static double[] boxes(double[] cx, double[] cy, int[][] members) {
    double[] box = new double[members.length * 4];
    for (int g = 0; g < members.length; g++) {
      double minX = Double.POSITIVE_INFINITY;
      double maxX = Double.NEGATIVE_INFINITY;
      double minY = Double.POSITIVE_INFINITY;
      double maxY = Double.NEGATIVE_INFINITY;
      for (int c : members[g]) {
        minX = Math.min(minX, cx[c]);
        maxX = Math.max(maxX, cx[c]);
        minY = Math.min(minY, cy[c]);
        maxY = Math.max(maxY, cy[c]);
      }
      box[g * 4] = minX;
      box[g * 4 + 1] = maxX;
      box[g * 4 + 2] = minY;
      box[g * 4 + 3] = maxY;
    }
    return box;
  }

  /**
   * First placement of point i: its nearest centre (ties to the lower index) and its bounds. A
   * group's bounding box is a lower bound on the distance to any of its centres, so only the groups
   * whose box is not certainly farther than the best centre so far are measured; the others keep
   * their box distance as their bound.
   */
  private static void place(
      int i,
      double[] x,
      double[] y,
      double[] cx,
      double[] cy,
      int[][] members,
      double[] box,
      int[] assignment,
      double[] upper,
      double[] lower,
      double[] lowest) {
    int groups = members.length;
    int base = i * groups;
    double px = x[i];
    double py = y[i];
    int nearestBox = 0;
    for (int g = 0; g < groups; g++) {
      double l = Double.POSITIVE_INFINITY;
      if (members[g].length > 0) {
        double dx = Math.max(0, Math.max(box[g * 4] - px, px - box[g * 4 + 1]));
        double dy = Math.max(0, Math.max(box[g * 4 + 2] - py, py - box[g * 4 + 3]));
        l = Math.sqrt(dx * dx + dy * dy);
      }
      lower[base + g] = l;
      if (l < lower[base + nearestBox]) {
        nearestBox = g;
      }
    }
    int best = -1;
    double bestSquared = Double.POSITIVE_INFINITY;
    long examined = 0;
    for (int step = 0; step < groups; step++) {
      int g = step == 0 ? nearestBox : step <= nearestBox ? step - 1 : step;
      if (members[g].length == 0
          || (best >= 0 && provenNearest(Math.sqrt(bestSquared), lower[base + g]))) {
        continue;
      }
      examined |= 1L << g;
      for (int c : members[g]) {
        double dx = px - cx[c];
        double dy = py - cy[c];
        double d = dx * dx + dy * dy;
        if (d < bestSquared || (d == bestSquared && c < best)) {
          bestSquared = d;
          best = c;
        }
      }
    }
    double least = Double.POSITIVE_INFINITY;
    for (int g = 0; g < groups; g++) {
      if ((examined & 1L << g) != 0) {
        double squared = Double.POSITIVE_INFINITY;
        for (int c : members[g]) {
          if (c != best) {
            double dx = px - cx[c];
            double dy = py - cy[c];
            squared = Math.min(squared, dx * dx + dy * dy);
          }
        }
        lower[base + g] = Math.sqrt(squared);
      }
      least = Math.min(least, lower[base + g]);
    }
    assignment[i] = best;
    upper[i] = Math.sqrt(bestSquared);
    lowest[i] = least;
  }

  /**
   * Groups of about ten neighbouring centres (at most 64 groups): slabs by x, cut by y within each
   * slab. Any grouping gives the same result; a compact one lets more points skip.
   */
  static int[] centreGroups(double[] cx, double[] cy) {
    int k = cx.length;
    int groups = Math.max(1, Math.min(64, (k + 9) / 10));
    int slabs = (int) Math.ceil(Math.sqrt(groups));
    Integer[] byX = new Integer[k];
    for (int c = 0; c < k; c++) {
      byX[c] = c;
    }
    Arrays.sort(byX, (a, b) -> Double.compare(cx[a], cx[b]));
    int[] groupOf = new int[k];
    int next = 0;
    for (int slab = 0; slab < slabs; slab++) {
      int from = (int) ((long) k * slab / slabs);
      int to = (int) ((long) k * (slab + 1) / slabs);
      Integer[] inSlab = Arrays.copyOfRange(byX, from, to);
      Arrays.sort(inSlab, (a, b) -> Double.compare(cy[a], cy[b]));
      int parts = groups * (slab + 1) / slabs - groups * slab / slabs;
      for (int i = 0; i < inSlab.length; i++) {
        groupOf[inSlab[i]] = next + (int) ((long) i * parts / inSlab.length);
      }
      next += parts;
    }
    return groupOf;
  }

  private static int[][] membersOf(int[] groupOf, int groups) {
    int[] size = new int[groups];
    for (int g : groupOf) {
      size[g]++;
    }
    int[][] members = new int[groups][];
    for (int g = 0; g < groups; g++) {
      members[g] = new int[size[g]];
      size[g] = 0;
    }
    for (int c = 0; c < groupOf.length; c++) {
      members[groupOf[c]][size[groupOf[c]]++] = c;
    }
    return members;
  }

  /**
   * Centres as weighted means of the members of each cluster, empty clusters dropped; remaps the
   * assignment in place. Same arithmetic, in the same order, as {@link #step}.
   */
  private static Result update(double[] x, double[] y, double[] weights, int k, int[] assignment) {
    int n = x.length;
    double[] sumX = new double[k];
    double[] sumY = new double[k];
    double[] weight = new double[k];
    int[] members = new int[k];
    for (int i = 0; i < n; i++) {
      int c = assignment[i];
      double w = weights == null ? 1.0 : weights[i];
      sumX[c] += w * x[i];
      sumY[c] += w * y[i];
      weight[c] += w;
      members[c]++;
    }
    int[] newIndex = new int[k];
    int kept = 0;
    for (int c = 0; c < k; c++) {
      newIndex[c] = members[c] > 0 ? kept++ : -1;
    }
    double[] nx = new double[kept];
    double[] ny = new double[kept];
    double[] nw = new double[kept];
    int[] nm = new int[kept];
    int[] keptFrom = new int[kept];
    for (int c = 0; c < k; c++) {
      int to = newIndex[c];
      if (to >= 0) {
        nx[to] = sumX[c] / weight[c];
        ny[to] = sumY[c] / weight[c];
        nw[to] = weight[c];
        nm[to] = members[c];
        keptFrom[to] = c;
      }
    }
    if (kept < k) {
      for (int i = 0; i < n; i++) {
        assignment[i] = newIndex[assignment[i]];
      }
    }
    return new Result(nx, ny, nw, nm, assignment, keptFrom);
  }

  /** One assignment and update step. */
  static Result step(double[] x, double[] y, double[] weights, double[] cx, double[] cy) {
    int n = x.length;
    int k = cx.length;
    int[] assignment = new int[n];
    assign(x, y, cx, cy, assignment);
    double[] sumX = new double[k];
    double[] sumY = new double[k];
    double[] weight = new double[k];
    int[] members = new int[k];
    for (int i = 0; i < n; i++) {
      int c = assignment[i];
      double w = weights == null ? 1.0 : weights[i];
      sumX[c] += w * x[i];
      sumY[c] += w * y[i];
      weight[c] += w;
      members[c]++;
    }
    int[] newIndex = new int[k];
    int kept = 0;
    for (int c = 0; c < k; c++) {
      newIndex[c] = members[c] > 0 ? kept++ : -1;
    }
    double[] nx = new double[kept];
    double[] ny = new double[kept];
    double[] nw = new double[kept];
    int[] nm = new int[kept];
    for (int c = 0; c < k; c++) {
      int to = newIndex[c];
      if (to >= 0) {
        nx[to] = sumX[c] / weight[c];
        ny[to] = sumY[c] / weight[c];
        nw[to] = weight[c];
        nm[to] = members[c];
      }
    }
    for (int i = 0; i < n; i++) {
      assignment[i] = newIndex[assignment[i]];
    }
    return new Result(nx, ny, nw, nm, assignment);
  }

  static boolean converged(double[] ax, double[] ay, double[] bx, double[] by) {
    if (ax.length != bx.length) {
      return false;
    }
    Integer[] a = sortedOrder(ax, ay);
    Integer[] b = sortedOrder(bx, by);
    for (int i = 0; i < a.length; i++) {
      double dx = ax[a[i]] - bx[b[i]];
      double dy = ay[a[i]] - by[b[i]];
      if (Math.sqrt(dx * dx + dy * dy) >= CONVERGED_WHEN_MOVED_LESS_THAN) {
        return false;
      }
    }
    return true;
  }

  private static Integer[] sortedOrder(double[] x, double[] y) {
    Integer[] order = new Integer[x.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(
        order,
        (i, j) -> {
          int byX = Double.compare(x[i], x[j]);
          return byX != 0 ? byX : Double.compare(y[i], y[j]);
        });
    return order;
  }

  /** Nearest centre per point; equal distances go to the lower centre index. */
  static void assign(double[] x, double[] y, double[] cx, double[] cy, int[] assignment) {
    int n = x.length;
    int k = cx.length;
    if (k < SORTED_SEARCH_FROM_CENTRES) {
      Chunks.forEach(
          n,
          chunk -> {
            for (int i = Chunks.start(chunk, n), end = Chunks.end(chunk, n); i < end; i++) {
              int best = 0;
              double bestDistance = Double.POSITIVE_INFINITY;
              for (int c = 0; c < k; c++) {
                double dx = x[i] - cx[c];
                double dy = y[i] - cy[c];
                double d = dx * dx + dy * dy;
                if (d < bestDistance) {
                  bestDistance = d;
                  best = c;
                }
              }
              assignment[i] = best;
            }
          });
      return;
    }
    // Centres sorted by x: scan outwards from the point's x until |dx|^2 exceeds the best distance.
    // Exact: returns the same centre as the full scan, ties included.
    Integer[] boxed = new Integer[k];
    for (int c = 0; c < k; c++) {
      boxed[c] = c;
    }
    Arrays.sort(boxed, (a, b) -> Double.compare(cx[a], cx[b]));
    int[] byX = new int[k];
    double[] sortedX = new double[k];
    for (int i = 0; i < k; i++) {
      byX[i] = boxed[i];
      sortedX[i] = cx[boxed[i]];
    }
    Chunks.forEach(
        n,
        chunk -> {
          for (int i = Chunks.start(chunk, n), end = Chunks.end(chunk, n); i < end; i++) {
            assignment[i] = nearestSorted(x[i], y[i], cx, cy, byX, sortedX);
          }
        });
  }

  private static int nearestSorted(
      double px, double py, double[] cx, double[] cy, int[] byX, double[] sortedX) {
    int k = byX.length;
    int start = Arrays.binarySearch(sortedX, px);
    if (start < 0) {
      start = -start - 1;
    }
    int best = -1;
    double bestDistance = Double.POSITIVE_INFINITY;
    int left = start - 1;
    int right = start;
    while (left >= 0 || right < k) {
      double dxLeft = left >= 0 ? px - sortedX[left] : Double.POSITIVE_INFINITY;
      double dxRight = right < k ? sortedX[right] - px : Double.POSITIVE_INFINITY;
      boolean goLeft = dxLeft <= dxRight;
      double dx = goLeft ? dxLeft : dxRight;
      if (dx * dx > bestDistance) {
        break;
      }
      int c = goLeft ? byX[left--] : byX[right++];
      double ddx = px - cx[c];
      double ddy = py - cy[c];
      double d = ddx * ddx + ddy * ddy;
      if (d < bestDistance || (d == bestDistance && c < best)) {
        bestDistance = d;
        best = c;
      }
    }
    return best;
  }
}
