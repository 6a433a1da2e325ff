package nl.provincie.ethiek.register.delivery.internal;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import nl.provincie.ethiek.servicekit.cluster.InstanceId;

/**
 * Hands an instance its next delivery: a due job claimed for a lease together with a slot of the
 * shared rate budget, in one short transaction, so no two instances send the same job and all of
 * them together stay within the national limit (docs/adr/0024).
 */
@Singleton
class DeliveryClaims {

  /** A job this instance may deliver now, the claim's token and the rate slot it uses. */
  record Claim(DeliveryJob job, UUID token, long slot) {}

  private final DeliveryJobs jobs;
  private final NationalRateBudget budget;
  private final DeliverySettings settings;
  private final InstanceId instance;

  DeliveryClaims(
      DeliveryJobs jobs,
      NationalRateBudget budget,
      DeliverySettings settings,
      InstanceId instance) {
    this.jobs = jobs;
    this.budget = budget;
    this.settings = settings;
    this.instance = instance;
  }

  /** Empty when no job is due or the rate budget is used up for now. */
  @Transactional
  Optional<Claim> next(Instant now) {
    if (!budget.lockAndHasRoom(settings.rateLimit(), settings.rateWindow())) {
      return Optional.empty();
    }
    UUID token = UUID.randomUUID();
    return jobs.claimNextDue(now, settings.claimLease(), instance.value(), token)
        .map(job -> new Claim(job, token, budget.take(job.id())));
  }

  @Transactional
  void answered(Claim claim) {
    budget.answered(claim.slot());
  }

  @Transactional
  void giveBack(Claim claim) {
    jobs.unclaim(claim.job().id(), claim.token());
  }
}
