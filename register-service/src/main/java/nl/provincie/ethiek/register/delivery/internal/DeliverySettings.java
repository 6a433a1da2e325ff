package nl.provincie.ethiek.register.delivery.internal;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.time.Duration;

/** Settings of the delivery to the national Algoritmeregister (environment variables in README). */
@Singleton
record DeliverySettings(
    @Value("${register.delivery.enabled:false}") boolean enabled,
    @Value("${register.delivery.base-url:}") String baseUrl,
    @Value("${register.delivery.organisation-id:}") String organisationId,
    @Value("${register.delivery.token:}") String token,
    @Value("${register.delivery.rate-limit:25}") int rateLimit,
    @Value("${register.delivery.rate-window:60s}") Duration rateWindow,
    @Value("${register.delivery.backoff-base:2s}") Duration backoffBase,
    @Value("${register.delivery.backoff-max:10m}") Duration backoffMax,
    @Value("${register.delivery.claim-lease:2m}") Duration claimLease,
    @Value("${register.delivery.dry-run-dir:national-delivery-dry-run}") Path dryRunDirectory) {

  Duration backoff(int attempts) {
    long factor = 1L << Math.min(Math.max(attempts - 1, 0), 20);
    Duration delay = backoffBase.multipliedBy(factor);
    return delay.compareTo(backoffMax) > 0 ? backoffMax : delay;
  }
}
