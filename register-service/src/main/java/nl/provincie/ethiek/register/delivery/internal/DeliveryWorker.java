package nl.provincie.ethiek.register.delivery.internal;

import io.micronaut.context.annotation.Requires;
import io.micronaut.json.JsonMapper;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
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
 *
 * <p>Every instance runs a worker: jobs are claimed for a lease (an instance that dies mid-request
 * leaves a claim that expires, and another instance retries the job) and the rate limit is one
 * budget in the database (docs/adr/0024). No transaction stays open across a request.
 */
@Singleton
@Requires(property = "register.delivery.enabled", value = "true")
class DeliveryWorker {

  private static final Logger LOG = LoggerFactory.getLogger(DeliveryWorker.class);
  private static final Pattern LARS = Pattern.compile("^[0-9]{8}$");

  private final DeliveryClaims claims;
  private final DeliveryJobs jobs;
  private final Entries entries;
  private final NationalRegisterClient client;
  private final DeliverySettings settings;
  private final JsonMapper json;
  private final TransactionOperations<Connection> transactions;
  private final Clock clock = Clock.systemUTC();

  DeliveryWorker(
      DeliveryClaims claims,
      DeliveryJobs jobs,
      Entries entries,
      NationalRegisterClient client,
      DeliverySettings settings,
      JsonMapper json,
      TransactionOperations<Connection> transactions) {
    this.claims = claims;
    this.jobs = jobs;
    this.entries = entries;
    this.client = client;
    this.settings = settings;
    this.json = json;
    this.transactions = transactions;
  }

  @Scheduled(
      fixedDelay = "${register.delivery.poll-interval:500ms}",
      initialDelay = "${register.delivery.initial-delay:1s}")
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
  boolean deliverNext() {
    Instant now = clock.instant();
    Optional<DeliveryClaims.Claim> next = claims.next(now);
    if (next.isEmpty()) {
      return false;
    }
    DeliveryClaims.Claim claim = next.get();
    DeliveryJob job = claim.job();
    Entry entry = entries.find(new EntryId(job.entryId())).orElseThrow();
    Optional<String> lars = entry.lars();
    if (job.action() != DeliveryJob.Action.UPSERT && lars.isEmpty()) {
      finish(
          claim,
          () ->
              jobs.failed(
                  job.id(), claim.token(), "not delivered yet: no LARS to " + job.action(), now));
      return true;
    }
    NationalRegisterClient.Answer answer;
    try {
      answer =
          switch (job.action()) {
            case UPSERT ->
                lars.isEmpty()
                    ? client.create(job.payload())
                    : client.update(lars.get(), addressed(job.payload(), lars.get()));
            case RELEASE -> client.release(lars.get());
            case RETRACT -> client.retract(lars.get());
          };
    } catch (IOException e) {
      claims.answered(claim);
      retry(claim, "network: " + e, Optional.empty(), now);
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      claims.giveBack(claim);
      return false;
    }
    claims.answered(claim);
    handle(claim, entry, answer, now);
    return true;
  }

  private void handle(
      DeliveryClaims.Claim claim, Entry entry, NationalRegisterClient.Answer answer, Instant now) {
    DeliveryJob job = claim.job();
    int status = answer.status();
    if (status >= 200 && status < 300) {
      Optional<String> lars = Optional.empty();
      if (job.action() == DeliveryJob.Action.UPSERT && entry.lars().isEmpty()) {
        lars = larsFrom(answer.body());
        if (lars.isEmpty()) {
          String error = "no valid lars_code in answer: " + abbreviate(answer.body());
          finish(claim, () -> jobs.failed(job.id(), claim.token(), error, now));
          return;
        }
      }
      String state =
          switch (job.action()) {
            case UPSERT -> "In bewerking";
            case RELEASE -> "Vrijgegeven";
            case RETRACT -> "Ingetrokken";
          };
      Optional<String> newLars = lars;
      boolean recorded =
          finish(
              claim,
              () -> {
                boolean ours = jobs.done(job.id(), claim.token(), now);
                if (ours) {
                  entries.recordNational(entry.id(), newLars, state);
                }
                return ours;
              });
      if (recorded) {
        LOG.info(
            "Delivered {} of entry {} (LARS {})",
            job.action(),
            entry.id(),
            newLars.or(entry::lars).orElse("-"));
      }
    } else if (status == 429 || status >= 500 || status == 401 || status == 403) {
      retry(claim, "HTTP " + status + ": " + abbreviate(answer.body()), answer.retryAfter(), now);
    } else {
      String error = "HTTP " + status + ": " + abbreviate(answer.body());
      finish(claim, () -> jobs.failed(job.id(), claim.token(), error, now));
    }
  }

  private void retry(
      DeliveryClaims.Claim claim, String error, Optional<Duration> retryAfter, Instant now) {
    DeliveryJob job = claim.job();
    Duration delay = retryAfter.orElseGet(() -> settings.backoff(job.attempts() + 1));
    finish(claim, () -> jobs.retryAt(job.id(), claim.token(), error, now.plus(delay)));
  }

  /**
   * Records the outcome in one transaction. An outcome whose claim expired meanwhile (another
   * instance took the job) is not recorded: that instance's outcome counts.
   */
  private boolean finish(DeliveryClaims.Claim claim, Supplier<Boolean> outcome) {
    boolean ours = transactions.executeWrite(status -> outcome.get());
    if (!ours) {
      LOG.warn(
          "Delivery job {} was taken over after its claim expired; this outcome is dropped",
          claim.job().id());
    }
    return ours;
  }

  /**
   * The payload as an update of registration {@code lars}: a job queued before the first delivery
   * was answered was frozen without the LARS the entry has by now.
   */
  private String addressed(String payload, String lars) throws IOException {
    Map<String, Object> map = new LinkedHashMap<>();
    Map<?, ?> frozen = json.readValue(payload, Map.class);
    frozen.forEach((key, value) -> map.put(String.valueOf(key), value));
    if (lars.equals(map.get("lars"))) {
      return payload;
    }
    map.put("lars", lars);
    return json.writeValueAsString(map);
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
