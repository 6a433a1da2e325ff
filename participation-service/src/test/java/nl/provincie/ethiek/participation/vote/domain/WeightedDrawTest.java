package nl.provincie.ethiek.participation.vote.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class WeightedDrawTest {

  @Test
  void nothing_to_draw_from_gives_nothing() {
    assertThat(WeightedDraw.pick(List.<WeightedDraw.Candidate<String>>of(), new Random(1)))
        .isEmpty();
  }

  @Test
  void draws_in_proportion_to_the_weights() {
    List<WeightedDraw.Candidate<String>> candidates =
        List.of(
            new WeightedDraw.Candidate<>("meta", WeightedDraw.META_WEIGHT),
            new WeightedDraw.Candidate<>("plain", WeightedDraw.DEFAULT_WEIGHT));
    Random random = new Random(42);
    Map<String, Integer> seen = new HashMap<>();

    for (int i = 0; i < 50_000; i++) {
      seen.merge(WeightedDraw.pick(candidates, random).orElseThrow(), 1, Integer::sum);
    }

    // expected share of "plain": 1 / 50 = 2 %
    assertThat(seen.get("plain") / 50_000.0).isBetween(0.015, 0.025);
  }

  @Test
  void zero_weights_fall_back_to_a_uniform_draw() {
    List<WeightedDraw.Candidate<String>> candidates =
        List.of(new WeightedDraw.Candidate<>("a", 0), new WeightedDraw.Candidate<>("b", 0));

    assertThat(WeightedDraw.pick(candidates, new Random(7))).isPresent();
  }
}
