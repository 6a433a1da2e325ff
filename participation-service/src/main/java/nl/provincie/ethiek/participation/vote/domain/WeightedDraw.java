package nl.provincie.ethiek.participation.vote.domain;

import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * Draws one candidate at random with probability proportional to its weight (spec section 6: weight
 * = the statement's priority, 1 while it has none, 49 for meta statements).
 */
public final class WeightedDraw {

  public static final double META_WEIGHT = 49;
  public static final double DEFAULT_WEIGHT = 1;

  public record Candidate<T>(T item, double weight) {}

  private WeightedDraw() {}

  public static <T> Optional<T> pick(List<Candidate<T>> candidates, RandomGenerator random) {
    double total = candidates.stream().mapToDouble(c -> Math.max(0, c.weight())).sum();
    if (candidates.isEmpty()) {
      return Optional.empty();
    }
    if (total <= 0) {
      return Optional.of(candidates.get(random.nextInt(candidates.size())).item());
    }
    double point = random.nextDouble() * total;
    for (Candidate<T> candidate : candidates) {
      point -= Math.max(0, candidate.weight());
      if (point < 0) {
        return Optional.of(candidate.item());
      }
    }
    return Optional.of(candidates.get(candidates.size() - 1).item());
  }
}
