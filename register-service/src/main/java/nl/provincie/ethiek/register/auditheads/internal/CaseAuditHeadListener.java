package nl.provincie.ethiek.register.auditheads.internal;

import io.micronaut.configuration.kafka.annotation.Topic;
import io.micronaut.json.JsonMapper;
import java.io.IOException;
import nl.provincie.ethiek.servicekit.events.EventConsumer;
import nl.provincie.ethiek.servicekit.events.EventTopics;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps every audit chain head the case service publishes. Keeping is idempotent (one head per
 * sequence, the first one stays), so a redelivered record changes nothing; an unreadable or
 * incomplete record is skipped (logged by position), so it never blocks the partition.
 */
@EventConsumer(groupId = "register-service", clientId = "register-service-case-audit-heads")
class CaseAuditHeadListener {

  private static final Logger LOG = LoggerFactory.getLogger(CaseAuditHeadListener.class);

  private final CaseAuditHeads heads;
  private final JsonMapper json;

  CaseAuditHeadListener(CaseAuditHeads heads, JsonMapper json) {
    this.heads = heads;
    this.json = json;
  }

  @Topic(EventTopics.CASE_AUDIT_CHAIN_HEAD_PUBLISHED)
  void onHeadPublished(ConsumerRecord<String, String> record) {
    CaseAuditHead head;
    try {
      head = record.value() == null ? null : json.readValue(record.value(), CaseAuditHead.class);
    } catch (IOException | RuntimeException e) {
      head = null;
    }
    if (head == null || !head.complete()) {
      LOG.warn(
          "Skipped an unreadable audit chain head at {}-{}/{}",
          record.topic(),
          record.partition(),
          record.offset());
      return;
    }
    if (!heads.keep(head)) {
      LOG.info("Audit chain head {} was kept already; the first one stays", head.sequence());
    }
  }
}
