package nl.provincie.ethiek.servicekit.events;

import io.micronaut.configuration.kafka.annotation.ErrorStrategy;
import io.micronaut.configuration.kafka.annotation.ErrorStrategyValue;
import io.micronaut.configuration.kafka.annotation.KafkaListener;
import io.micronaut.configuration.kafka.annotation.OffsetReset;
import io.micronaut.configuration.kafka.annotation.OffsetStrategy;
import io.micronaut.context.annotation.AliasFor;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A consumer of another service's events that loses none (docs/adr/0045): it starts at the earliest
 * offset when its group is new, commits each record's offset only after the handler returned, and
 * retries a failing record every two seconds for as long as it fails, never skipping it. Duplicates
 * after a retry or a rebalance are the handler's to drop, through {@link IdempotentConsumer}. Put
 * it on the listener class instead of {@code @KafkaListener}; each method names its topic with
 * {@code @Topic}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@KafkaListener(
    offsetReset = OffsetReset.EARLIEST,
    offsetStrategy = OffsetStrategy.SYNC_PER_RECORD,
    errorStrategy =
        @ErrorStrategy(
            value = ErrorStrategyValue.RETRY_ON_ERROR,
            retryDelay = "2s",
            retryCount = Integer.MAX_VALUE))
public @interface EventConsumer {

  /** The consumer group: one per service and purpose, shared by all its instances. */
  @AliasFor(annotation = KafkaListener.class, member = "groupId")
  String groupId();

  /** The Kafka client id, which names the consumer in logs and in the consumer registry. */
  @AliasFor(annotation = KafkaListener.class, member = "clientId")
  String clientId();
}
