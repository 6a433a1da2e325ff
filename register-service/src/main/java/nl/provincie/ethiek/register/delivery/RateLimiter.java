package nl.provincie.ethiek.register.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A sliding-window limit: at most {@code limit} requests in any {@code window} (the national API
 * allows 25 per minute per client). Counts requests in this process; the service runs one delivery
 * worker (docs/adr/0008).
 */
final class RateLimiter {

  private final int limit;
  private final Duration window;
  private final Clock clock;
  private final Deque<Instant> sent = new ArrayDeque<>();

  RateLimiter(int limit, Duration window, Clock clock) {
    this.limit = limit;
    this.window = window;
    this.clock = clock;
  }

  /** Takes a permit if one is free now; otherwise returns how long until one is. */
  synchronized Duration tryAcquire() {
    Instant now = clock.instant();
    while (!sent.isEmpty() && !sent.peekFirst().plus(window).isAfter(now)) {
      sent.pollFirst();
    }
    if (sent.size() < limit) {
      sent.addLast(now);
      return Duration.ZERO;
    }
    return Duration.between(now, sent.peekFirst().plus(window));
  }

  /**
   * The answer to the latest permitted request came back: the server counted that request at some
   * moment up to now, so its slot is held until {@code window} after now. Counting from the moment
   * the request left would free the slot a little before the server does, and draw a 429.
   */
  synchronized void answered() {
    if (!sent.isEmpty()) {
      sent.pollLast();
      sent.addLast(clock.instant());
    }
  }
}
