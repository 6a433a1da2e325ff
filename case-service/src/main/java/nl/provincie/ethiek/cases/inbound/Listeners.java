package nl.provincie.ethiek.cases.inbound;

import io.micronaut.configuration.kafka.annotation.ErrorStrategy;
import io.micronaut.configuration.kafka.annotation.ErrorStrategyValue;
import io.micronaut.configuration.kafka.annotation.KafkaListener;
import io.micronaut.configuration.kafka.annotation.OffsetReset;
import io.micronaut.configuration.kafka.annotation.OffsetStrategy;
import io.micronaut.configuration.kafka.annotation.Topic;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import nl.provincie.ethiek.servicekit.events.ConsumedEvent;
import nl.provincie.ethiek.servicekit.events.EventTopics;
import nl.provincie.ethiek.servicekit.events.IdempotentConsumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Events into cases, each handled once per event id: participation reports are attached to their
 * case, register entries that meet the triage criteria propose a case. A failing record is retried,
 * not skipped.
 */
@KafkaListener(
    groupId = "case-service-cases",
    clientId = "case-service-cases",
    offsetReset = OffsetReset.EARLIEST,
    offsetStrategy = OffsetStrategy.SYNC_PER_RECORD,
    errorStrategy =
        @ErrorStrategy(
            value = ErrorStrategyValue.RETRY_ON_ERROR,
            retryDelay = "2s",
            retryCount = Integer.MAX_VALUE))
class Listeners {

  static final String REPORTS = "case-service.participation-reports";
  static final String PROPOSALS = "case-service.case-proposals";

  private final IdempotentConsumer idempotent;
  private final Inbound inbound;
  private final JsonMapper json;

  Listeners(IdempotentConsumer idempotent, Inbound inbound, JsonMapper json) {
    this.idempotent = idempotent;
    this.inbound = inbound;
    this.json = json;
  }

  @Topic(EventTopics.PARTICIPATION_REPORT_PUBLISHED)
  void onReport(ConsumerRecord<String, String> record) {
    ReportPublished report = ConsumedEvent.payload(json, record, ReportPublished.class);
    idempotent.handleOnce(REPORTS, ConsumedEvent.eventId(record), () -> inbound.attach(report));
  }

  @Topic(EventTopics.REGISTER_ENTRY_PUBLISHED)
  void onEntry(ConsumerRecord<String, String> record) {
    JsonNode entry = ConsumedEvent.payload(json, record, JsonNode.class);
    idempotent.handleOnce(PROPOSALS, ConsumedEvent.eventId(record), () -> inbound.propose(entry));
  }
}
