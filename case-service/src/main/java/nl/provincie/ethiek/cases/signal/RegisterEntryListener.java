package nl.provincie.ethiek.cases.signal;

import io.micronaut.configuration.kafka.annotation.ErrorStrategy;
import io.micronaut.configuration.kafka.annotation.ErrorStrategyValue;
import io.micronaut.configuration.kafka.annotation.KafkaListener;
import io.micronaut.configuration.kafka.annotation.OffsetReset;
import io.micronaut.configuration.kafka.annotation.OffsetStrategy;
import io.micronaut.configuration.kafka.annotation.Topic;
import io.micronaut.json.JsonMapper;
import nl.provincie.ethiek.servicekit.events.ConsumedEvent;
import nl.provincie.ethiek.servicekit.events.EventTopics;
import nl.provincie.ethiek.servicekit.events.IdempotentConsumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Turns published register entries into intake signals, once per event: a redelivered event (after
 * a rebalance, a restart or a relay retry) is recognised by its id and dropped. Offsets are
 * committed only after the record was handled; a failing record is retried, not skipped.
 */
@KafkaListener(
    groupId = "case-service",
    clientId = "case-service-register-entries",
    offsetReset = OffsetReset.EARLIEST,
    offsetStrategy = OffsetStrategy.SYNC_PER_RECORD,
    errorStrategy =
        @ErrorStrategy(
            value = ErrorStrategyValue.RETRY_ON_ERROR,
            retryDelay = "2s",
            retryCount = Integer.MAX_VALUE))
class RegisterEntryListener {

  static final String CONSUMER = "case-service.intake-signals";

  private final IdempotentConsumer idempotent;
  private final IntakeSignals signals;
  private final JsonMapper json;

  RegisterEntryListener(IdempotentConsumer idempotent, IntakeSignals signals, JsonMapper json) {
    this.idempotent = idempotent;
    this.signals = signals;
    this.json = json;
  }

  @Topic(EventTopics.REGISTER_ENTRY_PUBLISHED)
  void onEntryPublished(ConsumerRecord<String, String> record) {
    RegisterEntryPublished event =
        ConsumedEvent.payload(json, record, RegisterEntryPublished.class);
    idempotent.handleOnce(
        CONSUMER, ConsumedEvent.eventId(record), () -> signals.recordPublication(event));
  }
}
