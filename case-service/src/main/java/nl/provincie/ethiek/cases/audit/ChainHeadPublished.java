package nl.provincie.ethiek.cases.audit;

import java.time.Instant;
import java.util.UUID;
import nl.provincie.ethiek.servicekit.events.EventTopics;
import nl.provincie.ethiek.servicekit.events.IntegrationEvent;

/**
 * A signed chain head was published (topic {@code case.audit-chain-head-published.v1}, key {@code
 * audit-chain}); the register keeps every one in its open data, so a second owner holds the heads
 * (docs/adr/0043). Nothing about a case or a person is in it.
 */
public record ChainHeadPublished(
    UUID eventId,
    Instant occurredAt,
    long sequence,
    String hash,
    Instant publishedAt,
    String algorithm,
    String keyId,
    String signature)
    implements IntegrationEvent {

  /** The topic this event is published on, as {@code CaseEvent.topic()} names a case event's. */
  public String topic() {
    return EventTopics.CASE_AUDIT_CHAIN_HEAD_PUBLISHED;
  }

  public static ChainHeadPublished of(ChainHead head) {
    return new ChainHeadPublished(
        UUID.randomUUID(),
        head.publishedAt(),
        head.sequence(),
        head.hash(),
        head.publishedAt(),
        ChainHead.ALGORITHM,
        head.keyId(),
        head.signature());
  }
}
