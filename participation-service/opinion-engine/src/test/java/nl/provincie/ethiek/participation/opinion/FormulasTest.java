package nl.provincie.ethiek.participation.opinion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class FormulasTest {
  private static final org.assertj.core.data.Offset<Double> EXACT = within(1e-12);

  @Test
  void probability_adds_one_success_and_two_trials() {
    // (3 + 1) / (5 + 2)
    assertThat(Formulas.probability(3, 5)).isCloseTo(4.0 / 7.0, EXACT);
    assertThat(Formulas.probability(0, 0)).isCloseTo(0.5, EXACT);
  }

  @Test
  void proportion_z_follows_polis_prop_test() {
    // 2 * sqrt(6) * (4/6 - 0.5) = 2 * 2.449489742783178 * 0.16666666666666663
    assertThat(Formulas.proportionZ(3, 5)).isCloseTo(0.816496580927726, EXACT);
    // 10 of 10: 2 * sqrt(11) * (11/11 - 0.5) = sqrt(11)
    assertThat(Formulas.proportionZ(10, 10)).isCloseTo(Math.sqrt(11), EXACT);
    assertThat(Formulas.proportionZ(0, 0)).isCloseTo(1.0, EXACT);
  }

  @Test
  void two_proportion_z_is_pooled_with_one_added_to_each_input() {
    // s1=9/n1=11 vs s2=3/n2=11 after +1: p1=9/11, p2=3/11, pooled=12/22
    double pooled = 12.0 / 22.0;
    double expected = (9.0 / 11.0 - 3.0 / 11.0) / Math.sqrt(pooled * (1 - pooled) * (2.0 / 11.0));
    assertThat(Formulas.twoProportionZ(8, 10, 2, 10)).isCloseTo(expected, EXACT);
    assertThat(expected).isCloseTo(2.5690465157330262, EXACT);
  }

  @Test
  void two_proportion_z_is_zero_when_pooled_proportion_is_one() {
    assertThat(Formulas.twoProportionZ(4, 4, 7, 7)).isZero();
  }

  @Test
  void significance_is_strictly_above_1_2816() {
    assertThat(Formulas.significant(1.2816)).isFalse();
    assertThat(Formulas.significant(1.2817)).isTrue();
  }

  @Test
  void priority_boosts_new_statements() {
    // A=3, P=1, S=5, E=0.5: a=4/7, p=2/7, importance=(5/7)*1.5*(4/7)
    double importance = (5.0 / 7.0) * 1.5 * (4.0 / 7.0);
    assertThat(Formulas.importance(3, 1, 5, 0.5)).isCloseTo(importance, EXACT);
    // boost 1 + 8 * 2^(-1) = 5
    assertThat(Formulas.priority(3, 1, 5, 0.5)).isCloseTo(Math.pow(importance * 5, 2), EXACT);
    // a statement nobody has seen: a = p = 1/2, importance 0.25, boost 9
    assertThat(Formulas.priority(0, 0, 0, 0)).isCloseTo(Math.pow(0.25 * 9, 2), EXACT);
  }
}
