package nl.provincie.ethiek.cases.audit.head;

import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.serde.annotation.SerdeImport;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import nl.provincie.ethiek.cases.audit.AuditChain;
import nl.provincie.ethiek.cases.audit.AuditEntry;
import nl.provincie.ethiek.cases.audit.ChainHead;
import nl.provincie.ethiek.cases.audit.ChainHeadPublished;
import nl.provincie.ethiek.cases.audit.HeadCheck;
import nl.provincie.ethiek.cases.audit.HeadKey;
import nl.provincie.ethiek.cases.audit.store.AuditTrail;
import nl.provincie.ethiek.cases.audit.store.PublishedHeads;
import nl.provincie.ethiek.servicekit.cluster.AdvisoryLocks;
import nl.provincie.ethiek.servicekit.events.Outbox;
import nl.provincie.ethiek.servicekit.jdbc.Jdbc;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes the audit chain's head, signed, at most once per {@code cases.audit.heads.interval} and
 * only when the chain grew: stored in audit_chain_head (the public feed) and sent through the
 * outbox to the register's open data (docs/adr/0043). Every instance asks every {@code
 * check-every}; one transaction-scoped advisory lock lets one instance at a time decide, and the
 * last stored head's time (database time) is the interval's clock, so several instances publish
 * once per interval.
 *
 * <p>A new head is signed only when the chain still extends the last published head: a chain
 * rewritten in the database is reported in the log and never signed.
 */
@Singleton
@SerdeImport(ChainHeadPublished.class)
public class HeadPublisher {

  /** The Kafka key of every head: one key, so the heads stay in order on one partition. */
  static final String EVENT_KEY = "audit-chain";

  private static final Logger LOG = LoggerFactory.getLogger(HeadPublisher.class);

  private final Jdbc jdbc;
  private final AuditTrail trail;
  private final PublishedHeads heads;
  private final Outbox outbox;
  private final Optional<HeadKey> key;
  private final Duration interval;

  HeadPublisher(
      Jdbc jdbc,
      AuditTrail trail,
      PublishedHeads heads,
      Outbox outbox,
      HeadKeys keys,
      @Value("${cases.audit.heads.interval:15m}") Duration interval) {
    this.jdbc = jdbc;
    this.trail = trail;
    this.heads = heads;
    this.outbox = outbox;
    this.key = keys.key();
    this.interval = interval;
  }

  @Scheduled(
      fixedDelay = "${cases.audit.heads.check-every:1m}",
      initialDelay = "${cases.audit.heads.initial-delay:20s}")
  void onSchedule() {
    try {
      publishIfDue();
    } catch (RuntimeException e) {
      LOG.warn("Could not publish the audit chain head, will ask again: {}", e.toString());
    }
  }

  /**
   * Signs and publishes the chain's head when it grew since the last published head and that one is
   * at least an interval old; otherwise does nothing.
   *
   * @return the published head, or empty
   */
  @Transactional
  public Optional<ChainHead> publishIfDue() {
    if (key.isEmpty() || !jdbc.tryLockForTransaction(AdvisoryLocks.AUDIT_CHAIN_HEAD, 0)) {
      return Optional.empty();
    }
    Instant now = jdbc.databaseNow();
    Optional<ChainHead> last = heads.latest();
    if (last.isPresent() && last.get().publishedAt().isAfter(now.minus(interval))) {
      return Optional.empty();
    }
    Optional<AuditEntry> head = trail.last();
    if (head.isEmpty() || last.isPresent() && last.get().sequence() == head.get().sequence()) {
      if (last.isPresent() && head.isPresent() && !last.get().hash().equals(head.get().hash())) {
        LOG.error(
            "The audit chain no longer matches published head {}: not publishing (audit/verify"
                + " names the entry)",
            last.get().sequence());
      }
      return Optional.empty();
    }
    if (last.isEmpty() && !AuditChain.verify(trail.all()).intact()) {
      LOG.error("The audit chain is broken: no head is published (audit/verify names the entry)");
      return Optional.empty();
    }
    if (last.isPresent()) {
      Optional<String> broken =
          HeadCheck.extendsHead(last.get(), trail.from(last.get().sequence()));
      if (broken.isPresent()) {
        LOG.error(
            "The audit chain does not extend published head {} ({}): not publishing",
            last.get().sequence(),
            broken.get());
        return Optional.empty();
      }
    }
    ChainHead signed = key.get().sign(head.get().sequence(), head.get().hash(), now);
    heads.add(signed);
    ChainHeadPublished published = ChainHeadPublished.of(signed);
    outbox.append(published.topic(), EVENT_KEY, published);
    LOG.info("Published audit chain head {}", signed.sequence());
    return Optional.of(signed);
  }
}
