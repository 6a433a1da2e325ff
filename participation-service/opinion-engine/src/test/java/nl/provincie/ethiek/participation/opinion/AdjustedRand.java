package nl.provincie.ethiek.participation.opinion;

import java.util.HashMap;
import java.util.Map;

/** Adjusted Rand index of two labellings over the keys they share. */
public final class AdjustedRand {
  private AdjustedRand() {}

  public static <K> double index(Map<K, Integer> a, Map<K, Integer> b) {
    Map<Long, Integer> pairs = new HashMap<>();
    Map<Integer, Integer> rowsA = new HashMap<>();
    Map<Integer, Integer> rowsB = new HashMap<>();
    int n = 0;
    for (var entry : a.entrySet()) {
      Integer other = b.get(entry.getKey());
      if (other == null) {
        continue;
      }
      n++;
      pairs.merge(((long) entry.getValue() << 32) | other, 1, Integer::sum);
      rowsA.merge(entry.getValue(), 1, Integer::sum);
      rowsB.merge(other, 1, Integer::sum);
    }
    double index = pairs.values().stream().mapToDouble(AdjustedRand::pairsOf).sum();
    double sumA = rowsA.values().stream().mapToDouble(AdjustedRand::pairsOf).sum();
    double sumB = rowsB.values().stream().mapToDouble(AdjustedRand::pairsOf).sum();
    double expected = sumA * sumB / pairsOf(n);
    double max = (sumA + sumB) / 2;
    return max == expected ? 1.0 : (index - expected) / (max - expected);
  }

  private static double pairsOf(int n) {
    return n * (n - 1) / 2.0;
  }
}
