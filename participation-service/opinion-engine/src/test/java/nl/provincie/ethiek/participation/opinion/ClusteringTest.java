package nl.provincie.ethiek.participation.opinion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ClusteringTest {

  @Test
  void initial_centres_are_the_first_distinct_points_in_order() {
    double[] x = {1, 1, 2, 3};
    double[] y = {0, 0, 0, 0};
    double[][] centres = KMeans.initialCentres(x, y, new int[] {0, 1, 2, 3}, 2, null, null);
    assertThat(centres[0]).containsExactly(1, 2);
  }

  @Test
  void previous_centres_come_first_then_new_distinct_points() {
    double[][] centres =
        KMeans.initialCentres(
            new double[] {5, 6},
            new double[] {0, 0},
            new int[] {0, 1},
            3,
            new double[] {9},
            new double[] {9});
    assertThat(centres[0]).containsExactly(9, 5, 6);
  }

  @Test
  void kmeans_by_hand() {
    // points 0, 1, 10, 11 on a line; start centres 0 and 1.
    // step 1: {0} -> 0, {1, 10, 11} -> 22/3; step 2: {0, 1} -> 0.5, {10, 11} -> 10.5; then stable.
    double[] x = {0, 1, 10, 11};
    double[] y = {0, 0, 0, 0};
    KMeans.Result result =
        KMeans.run(
            x, y, null, KMeans.initialCentres(x, y, new int[] {0, 1, 2, 3}, 2, null, null), 100);
    assertThat(result.x()).containsExactly(0.5, 10.5);
    assertThat(result.assignment()).containsExactly(0, 0, 1, 1);
    assertThat(result.members()).containsExactly(2, 2);
  }

  @Test
  void weighted_kmeans_uses_weights_for_centres() {
    double[] x = {0, 1};
    double[] y = {0, 0};
    KMeans.Result result = KMeans.run(x, y, new double[] {3, 1}, new double[][] {{0}, {0}}, 20);
    assertThat(result.x()[0]).isCloseTo(0.25, within(1e-12));
    assertThat(result.weight()[0]).isEqualTo(4);
  }

  @Test
  void empty_clusters_are_dropped() {
    double[] x = {0, 0.1};
    double[] y = {0, 0};
    KMeans.Result result = KMeans.step(x, y, null, new double[] {0, 50}, new double[] {0, 0});
    assertThat(result.size()).isEqualTo(1);
    assertThat(result.assignment()).containsExactly(0, 0);
  }

  @Test
  void sorted_nearest_search_matches_full_scan() {
    java.util.Random random = new java.util.Random(7);
    int n = 5000;
    double[] x = new double[n];
    double[] y = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = Math.round(random.nextGaussian() * 20) / 4.0;
      y[i] = Math.round(random.nextGaussian() * 20) / 4.0;
    }
    double[] cx = new double[100];
    double[] cy = new double[100];
    for (int c = 0; c < 100; c++) {
      cx[c] = Math.round(random.nextGaussian() * 10) / 2.0;
      cy[c] = Math.round(random.nextGaussian() * 10) / 2.0;
    }
    int[] fast = new int[n];
    KMeans.assign(x, y, cx, cy, fast);
    for (int i = 0; i < n; i++) {
      int best = 0;
      double bestD = Double.POSITIVE_INFINITY;
      for (int c = 0; c < 100; c++) {
        double d = (x[i] - cx[c]) * (x[i] - cx[c]) + (y[i] - cy[c]) * (y[i] - cy[c]);
        if (d < bestD) {
          bestD = d;
          best = c;
        }
      }
      assertThat(fast[i]).as("point %d", i).isEqualTo(best);
    }
  }

  @Test
  void bounded_k_means_gives_exactly_the_plain_lloyd_result() {
    for (long seed = 1; seed <= 4; seed++) {
      java.util.Random random = new java.util.Random(seed);
      int n = 3000;
      double[] x = new double[n];
      double[] y = new double[n];
      for (int i = 0; i < n; i++) {
        int camp = random.nextInt(3);
        // coarse grid in half of the seeds: many equal points and equal distances (ties)
        double grid = seed % 2 == 0 ? 8.0 : 1e6;
        x[i] = Math.round((camp * 3 + random.nextGaussian()) * grid) / grid;
        y[i] = Math.round((camp - random.nextGaussian()) * grid) / grid;
      }
      int[] order = TwoLevelClustering.identity(n);
      double[][] initial = KMeans.initialCentres(x, y, order, 100, null, null);
      KMeans.Result plain = KMeans.runPlain(x, y, null, initial, 100);
      KMeans.Result bounded = KMeans.runBounded(x, y, null, initial, 100);
      assertThat(bounded.x()).containsExactly(plain.x());
      assertThat(bounded.y()).containsExactly(plain.y());
      assertThat(bounded.members()).containsExactly(plain.members());
      assertThat(bounded.assignment()).containsExactly(plain.assignment());
    }
  }

  @Test
  void silhouette_by_hand() {
    // groups {0, 1} and {10, 11}: for 0: a = 1, b = (10 + 11) / 2 = 10.5, s = 9.5 / 10.5
    // for 1: a = 1, b = 9.5, s = 8.5 / 9.5; symmetric for the other group.
    double s = Silhouette.of(new double[] {0, 1, 10, 11}, new double[4], new int[] {0, 0, 1, 1}, 2);
    assertThat(s).isCloseTo((9.5 / 10.5 + 8.5 / 9.5) / 2, within(1e-12));
  }

  @Test
  void a_point_alone_in_its_group_scores_zero() {
    // 0 alone; {10, 11}: for 10: a = 1, b = 10 -> 0.9; for 11: a = 1, b = 11 -> 10/11
    double s = Silhouette.of(new double[] {0, 10, 11}, new double[3], new int[] {0, 1, 1}, 2);
    assertThat(s).isCloseTo((0 + 0.9 + 10.0 / 11.0) / 3, within(1e-12));
  }

  @Test
  void k_changes_only_after_four_consecutive_wins() {
    GroupChoice choice = GroupChoice.first(2);
    choice = choice.next(3);
    choice = choice.next(3);
    choice = choice.next(3);
    assertThat(choice.adoptedK()).isEqualTo(2);
    choice = choice.next(3);
    assertThat(choice.adoptedK()).isEqualTo(3);
    choice = choice.next(4).next(4).next(2).next(4);
    assertThat(choice.adoptedK()).isEqualTo(3);
  }

  @Test
  void a_warm_start_gives_the_bounded_runs_result_however_many_steps_it_takes() {
    java.util.Random random = new java.util.Random(21);
    int n = 5_000;
    double[] x = new double[n];
    double[] y = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = random.nextGaussian() + (i % 3) * 4;
      y[i] = random.nextGaussian() * 2;
    }
    double[][] cold = KMeans.initialCentres(x, y, TwoLevelClustering.identity(n), 100, null, null);
    KMeans.Result previous = KMeans.runBounded(x, y, null, cold, 100);
    // a start from which one step moves no centre by 0.01: the warm path's early return
    double[][] settled = {previous.x(), previous.y()};
    for (int i = 0; i < 50; i++) {
      KMeans.Result step = KMeans.step(x, y, null, settled[0], settled[1]);
      if (KMeans.converged(settled[0], settled[1], step.x(), step.y())) {
        break;
      }
      settled = new double[][] {step.x(), step.y()};
    }
    KMeans.Result oneStep = KMeans.step(x, y, null, settled[0], settled[1]);
    assertThat(KMeans.converged(settled[0], settled[1], oneStep.x(), oneStep.y())).isTrue();
    double[] shiftedX = settled[0].clone();
    for (int c = 0; c < shiftedX.length; c++) {
      shiftedX[c] += c % 2 == 0 ? 0.5 : 0; // far enough that the first step moves centres
    }
    // settled: one step; shifted: a few; cold: many, through the bounded run from where it got
    for (double[][] initial : new double[][][] {settled, {shiftedX, settled[1]}, cold}) {
      KMeans.Result warm = KMeans.run(x, y, null, initial, 100, true);
      KMeans.Result bounded = KMeans.runBounded(x, y, null, initial, 100);
      assertThat(warm.assignment()).isEqualTo(bounded.assignment());
      assertThat(warm.x()).isEqualTo(bounded.x());
      assertThat(warm.y()).isEqualTo(bounded.y());
      assertThat(warm.members()).isEqualTo(bounded.members());
    }
  }
}
