package nl.provincie.ethiek.register.delivery;

import io.micronaut.context.annotation.Requires;
import io.micronaut.json.JsonMapper;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.provincie.ethiek.register.entry.Entries;
import nl.provincie.ethiek.register.entry.Entry;
import nl.provincie.ethiek.register.entry.EntryId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Works off the delivery outbox one request at a time, never faster than the national rate limit.
 * Success stores the LARS and the national state; 429, 5xx, 401/403 and network errors are retried
 * after a back-off that doubles per attempt (or the server's Retry-After); other 4xx answers (the
 * payload was refused) fail the job with the answer kept for the editor.
 */
@Singleton
@Requires(property = "register.delivery.enabled", value = "true")
class DeliveryWorker {

  private static final Logger LOG = LoggerFactory.getLogger(DeliveryWorker.class);
  private static final Pattern LARS = Pattern.compile("^[0-9]{8}$");

  private final DeliveryJobs jobs;
  private final Entries entries;
  private final NationalRegisterClient client;
  private final DeliverySettings settings;
  private final JsonMapper json;
  private final RateLimiter limiter;
  private final Clock clock = Clock.systemUTC();

  DeliveryWorker(
      DeliveryJobs jobs,
      Entries entries,
      NationalRegisterClient client,
      DeliverySettings settings,
      JsonMapper json) {
    this.jobs = jobs;
    this.entries = entries;
    this.client = client;
    this.settings = settings;
    this.json = json;
    this.limiter = new RateLimiter(settings.rateLimit(), settings.rateWindow(), clock);
  }

  @Scheduled(fixedDelay = "${register.delivery.poll-interval:500ms}", initialDelay = "1s")
  void work() {
    try {
      while (deliverNext()) {
        // keep going while jobs are due and the rate limit allows
      }
    } catch (RuntimeException e) {
      LOG.warn("Delivery pass failed, will retry: {}", e.toString());
    }
  }

  /** Handles the next due job; false when none is due or the rate limit is used up. */
  @Transactional
  boolean deliverNext() {
    Instant now = clock.instant();
    Optional<DeliveryJob> next = jobs.lockNextDue(now);
    if (next.isEmpty() || !limiter.tryAcquire().isZero()) {
      return false;
    }
    DeliveryJob job = next.get();
    Entry entry = entries.find(new EntryId(job.entryId())).orElseThrow();
    Optional<String> lars = entry.lars();
    if (job.action() != DeliveryJob.Action.UPSERT && lars.isEmpty()) {
      jobs.failed(job.id(), "not delivered yet: no LARS to " + job.action(), now);
      return true;
    }
    NationalRegisterClient.Answer answer;
    try {
      answer =
          switch (job.action()) {
            case UPSERT ->
                lars.isEmpty()
                    ? client.create(job.payload())
                    : client.update(lars.get(), job.payload());
            case RELEASE -> client.release(lars.get());
            case RETRACT -> client.retract(lars.get());
          };
    } catch (IOException e) {
      limiter.answered();
      retry(job, "network: " + e, Optional.empty(), now);
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
    limiter.answered();
    handle(job, entry, answer, now);
    return true;
  }

  private void handle(
      DeliveryJob job, Entry entry, NationalRegisterClient.Answer answer, Instant now) {
    int status = answer.status();
    if (status >= 200 && status < 300) {
      Optional<String> lars = Optional.empty();
      if (job.action() == DeliveryJob.Action.UPSERT && entry.lars().isEmpty()) {
        lars = larsFrom(answer.body());
        if (lars.isEmpty()) {
          jobs.failed(job.id(), "no valid lars_code in answer: " + abbreviate(answer.body()), now);
          return;
        }
      }
      String state =
          switch (job.action()) {
            case UPSERT -> "In bewerking";
            case RELEASE -> "Vrijgegeven";
            case RETRACT -> "Ingetrokken";
          };
      entries.recordNational(entry.id(), lars, state);
      jobs.done(job.id(), now);
      LOG.info(
          "Delivered {} of entry {} (LARS {})",
          job.action(),
          entry.id(),
          lars.or(entry::lars).orElse("-"));
    } else if (status == 429 || status >= 500 || status == 401 || status == 403) {
      retry(job, "HTTP " + status + ": " + abbreviate(answer.body()), answer.retryAfter(), now);
    } else {
      jobs.failed(job.id(), "HTTP " + status + ": " + abbreviate(answer.body()), now);
    }
  }

  private void retry(DeliveryJob job, String error, Optional<Duration> retryAfter, Instant now) {
    Duration delay = retryAfter.orElseGet(() -> settings.backoff(job.attempts() + 1));
    jobs.retryAt(job.id(), error, now.plus(delay));
  }

  private Optional<String> larsFrom(String body) {
    try {
      Map<?, ?> map = json.readValue(body, Map.class);
      Object code = map.get("lars_code");
      return code instanceof String text && LARS.matcher(text).matches()
          ? Optional.of(text)
          : Optional.empty();
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  private static String abbreviate(String text) {
    return text == null ? "" : text.length() > 2000 ? text.substring(0, 2000) + "..." : text;
  }
}
