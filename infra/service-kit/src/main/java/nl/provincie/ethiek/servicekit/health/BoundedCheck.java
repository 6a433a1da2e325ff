package nl.provincie.ethiek.servicekit.health;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Runs a health check that may hang (a frozen database or broker keeps sockets open and never
 * answers) so that its caller never waits longer than {@code budget}: the check runs on a thread of
 * its own, at most one at a time, and an answer younger than {@code maxAge} is reused. A check
 * still running when the budget is spent gives {@link Outcome#noAnswer()}; the next call waits for
 * that same check again instead of starting another, so a hanging dependency holds one thread, not
 * one per probe.
 */
final class BoundedCheck<T> {

  /** What the caller learns: the check's answer, or that it gave none within the budget. */
  record Outcome<T>(T answer, Throwable failure, boolean timedOut, Instant at) {

    static <T> Outcome<T> noAnswer(Instant at) {
      return new Outcome<>(null, null, true, at);
    }

    boolean ok() {
      return !timedOut && failure == null;
    }
  }

  private final Supplier<T> check;
  private final Duration budget;
  private final Duration maxAge;
  private final Clock clock;
  private final ExecutorService thread;
  private CompletableFuture<T> running;
  private Outcome<T> last;

  BoundedCheck(String name, Supplier<T> check, Duration budget, Duration maxAge, Clock clock) {
    this.check = check;
    this.budget = budget;
    this.maxAge = maxAge;
    this.clock = clock;
    this.thread =
        Executors.newSingleThreadExecutor(
            r -> {
              Thread t = new Thread(r, "health-" + name);
              t.setDaemon(true);
              return t;
            });
  }

  Duration budget() {
    return budget;
  }

  /**
   * The latest answer if it is recent enough, otherwise a new one; completes within the budget
   * without blocking the caller.
   */
  CompletableFuture<Outcome<T>> get() {
    CompletableFuture<T> future;
    synchronized (this) {
      if (last != null && last.ok() && last.at().plus(maxAge).isAfter(clock.instant())) {
        return CompletableFuture.completedFuture(last);
      }
      if (running == null || running.isDone()) {
        running = CompletableFuture.supplyAsync(check, thread);
      }
      future = running;
    }
    return future
        .handle((answer, failure) -> new Outcome<>(answer, unwrap(failure), false, clock.instant()))
        .completeOnTimeout(null, budget.toMillis(), TimeUnit.MILLISECONDS)
        .thenApply(
            outcome -> {
              Outcome<T> result = outcome != null ? outcome : Outcome.<T>noAnswer(now());
              synchronized (this) {
                last = result;
              }
              return result;
            });
  }

  private static Throwable unwrap(Throwable failure) {
    return failure instanceof CompletionException c && c.getCause() != null
        ? c.getCause()
        : failure;
  }

  private Instant now() {
    return clock.instant();
  }

  void close() {
    thread.shutdownNow();
  }
}
