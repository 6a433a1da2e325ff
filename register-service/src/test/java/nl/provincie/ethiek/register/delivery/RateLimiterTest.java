package nl.provincie.ethiek.register.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

  /** A clock the test moves by hand. */
  private static final class HandClock extends Clock {
    Instant now = Instant.parse("2026-11-23T10:00:00Z");

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }
  }

  @Test
  void allows_the_limit_per_window_then_says_how_long_to_wait() {
    HandClock clock = new HandClock();
    RateLimiter limiter = new RateLimiter(2, Duration.ofSeconds(60), clock);

    assertThat(limiter.tryAcquire()).isZero();
    clock.now = clock.now.plusSeconds(10);
    assertThat(limiter.tryAcquire()).isZero();
    assertThat(limiter.tryAcquire()).isEqualTo(Duration.ofSeconds(50));
    clock.now = clock.now.plusSeconds(50);
    assertThat(limiter.tryAcquire()).isZero();
  }

  @Test
  void a_slow_answer_keeps_its_slot_until_a_window_after_the_answer() {
    HandClock clock = new HandClock();
    RateLimiter limiter = new RateLimiter(1, Duration.ofSeconds(60), clock);

    assertThat(limiter.tryAcquire()).isZero();
    clock.now = clock.now.plusSeconds(2); // the server may have counted it only now
    limiter.answered();
    clock.now = clock.now.plusSeconds(59);

    assertThat(limiter.tryAcquire()).isEqualTo(Duration.ofSeconds(1));
  }
}
