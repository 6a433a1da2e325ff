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
    if (x.length >= BOUNDED_FROM_POINTS) {
      return runBounded(x, y, weights, initial, maxIterations);
    }
    return runPlain(x, y, weights, initial, maxIterations);
  }

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
   * The same iterations and the same result as {@link #runPlain} (Hamerly's bounds): each point
   * keeps an upper bound on the distance to its centre and a lower bound on the distance to any
   * other; after the centres move by at most delta, the bounds widen by delta, and a point searches
   * again only when the bounds no longer prove its centre is strictly the nearest. Bounds are
   * compared with a relative margin far above rounding, so a skipped point is one whose full search
   * would certainly return the same centre. In late iterations almost every point is skipped.
   */
  static Result runBounded(
      double[] x, double[] y, double[] weights, double[][] initial, int maxIterations) {
    int n = x.length;
    double[] cx = initial[0];
    double[] cy = initial[1];
    int[] assignment = new int[n];
    double[] upper = new double[n];
    double[] lower = new double[n];
    double[] ix = cx;
    double[] iy = cy;
    SortedCentres sorted = new SortedCentres(ix, iy);
    Chunks.forEach(
        n,
        chunk -> {
          for (int i = Chunks.start(chunk, n), end = Chunks.end(chunk, n); i < end; i++) {
            search(i, x, y, ix, iy, sorted, assignment, upper, lower);
          }
        });
    Result result = update(x, y, weights, cx.length, assignment);
    for (int iteration = 1; iteration < maxIterations; iteration++) {
      if (converged(cx, cy, result.x(), result.y())) {
        break;
      }
      // Movement of every kept centre; dropped (empty) centres only raise the lower bounds.
      double[] nx = result.x();
      double[] ny = result.y();
      double[] moved = new double[nx.length];
      int kept = 0;
      double maxMoved = 0;
      for (int c = 0; c < cx.length && kept < nx.length; c++) {
        if (result.keptFrom()[kept] == c) {
          double mx = nx[kept] - cx[c];
          double my = ny[kept] - cy[c];
          moved[kept] = Math.sqrt(mx * mx + my * my);
          maxMoved = Math.max(maxMoved, moved[kept]);
          kept++;
        }
      }
      double widen = maxMoved;
      double[] ccx = nx;
      double[] ccy = ny;
      SortedCentres next = new SortedCentres(ccx, ccy);
      Chunks.forEach(
          n,
          chunk -> {
            for (int i = Chunks.start(chunk, n), end = Chunks.end(chunk, n); i < end; i++) {
              int a = assignment[i];
              double u = upper[i] + moved[a];
              double l = lower[i] - widen;
              upper[i] = u;
              lower[i] = l;
              if (provenNearest(u, l)) {
                continue;
              }
              double dx = x[i] - ccx[a];
              double dy = y[i] - ccy[a];
              u = Math.sqrt(dx * dx + dy * dy);
              upper[i] = u;
              if (provenNearest(u, l)) {
                continue;
              }
              search(i, x, y, ccx, ccy, next, assignment, upper, lower);
            }
          });
      cx = ccx;
      cy = ccy;
      result = update(x, y, weights, cx.length, assignment);
    }
    return new Result(result.x(), result.y(), result.weight(), result.members(), assignment);
  }

  private static final double BOUND_MARGIN = 1e-9;

  private static boolean provenNearest(double upper, double lower) {
    return upper * (1 + BOUND_MARGIN) < lower * (1 - BOUND_MARGIN);
  }

  /** Centres sorted by x, for the outward search. */
  private static final class SortedCentres {
    final int[] byX;
    final double[] sortedX;

    SortedCentres(double[] cx, double[] cy) {
      int k = cx.length;
      Integer[] boxed = new Integer[k];
      for (int c = 0; c < k; c++) {
        boxed[c] = c;
      }
      Arrays.sort(boxed, (a, b) -> Double.compare(cx[a], cx[b]));
      byX = new int[k];
      sortedX = new double[k];
      for (int i = 0; i < k; i++) {
        byX[i] = boxed[i];
        sortedX[i] = cx[boxed[i]];
      }
    }
  }

  /**
   * Full search for point i: nearest centre (ties to the lower index, as the full scan), its
   * distance and the distance to the second nearest.
   */
  private static void search(
      int i,
      double[] x,
      double[] y,
      double[] cx,
      double[] cy,
      SortedCentres sorted,
      int[] assignment,
      double[] upper,
      double[] lower) {
    double px = x[i];
    double py = y[i];
    int[] byX = sorted.byX;
    double[] sortedX = sorted.sortedX;
    int k = byX.length;
    int start = Arrays.binarySearch(sortedX, px);
    if (start < 0) {
      start = -start - 1;
    }
    int best = -1;
    double bestDistance = Double.POSITIVE_INFINITY;
    double secondDistance = Double.POSITIVE_INFINITY;
    int left = start - 1;
    int right = start;
    while (left >= 0 || right < k) {
      double dxLeft = left >= 0 ? px - sortedX[left] : Double.POSITIVE_INFINITY;
      double dxRight = right < k ? sortedX[right] - px : Double.POSITIVE_INFINITY;
      boolean goLeft = dxLeft <= dxRight;
      double dx = goLeft ? dxLeft : dxRight;
      if (dx * dx > secondDistance) {
        break;
      }
      int c = goLeft ? byX[left--] : byX[right++];
      double ddx = px - cx[c];
      double ddy = py - cy[c];
      double d = ddx * ddx + ddy * ddy;
      if (d < bestDistance || (d == bestDistance && c < best)) {
        secondDistance = bestDistance;
        bestDistance = d;
        best = c;
      } else if (d < secondDistance) {
        secondDistance = d;
      }
    }
    assignment[i] = best;
    upper[i] = Math.sqrt(bestDistance);
    lower[i] = Math.sqrt(secondDistance);
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
