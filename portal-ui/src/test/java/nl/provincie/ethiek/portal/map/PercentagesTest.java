package nl.provincie.ethiek.portal.map;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PercentagesTest {

  @Test
  void rounds_half_up_to_whole_percentages() {
    assertThat(Percentages.of(14, 15)).isEqualTo(93); // 93.33
    assertThat(Percentages.of(2, 3)).isEqualTo(67); // 66.67
    assertThat(Percentages.of(1, 8)).isEqualTo(13); // 12.5
    assertThat(Percentages.of(1, 2)).isEqualTo(50);
  }

  @Test
  void shows_100_and_0_only_for_all_or_nothing() {
    assertThat(Percentages.of(15, 15)).isEqualTo(100);
    assertThat(Percentages.of(0, 15)).isZero();
    assertThat(Percentages.of(199, 200)).isEqualTo(99);
    assertThat(Percentages.of(1, 300)).isEqualTo(1);
  }

  @Test
  void nothing_counted_is_zero() {
    assertThat(Percentages.of(0, 0)).isZero();
    assertThat(Percentages.of(3, 0)).isZero();
  }
}
