package nl.provincie.ethiek.servicekit.events;

import io.micronaut.configuration.kafka.config.AbstractKafkaConsumerConfiguration;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;

/**
 * Gives every {@code @KafkaListener} consumer a session timeout of {@code
 * platform.kafka.session-timeout} (10 s) instead of Kafka's 45 s: an instance that dies without
 * leaving its group (SIGKILL, a lost node) holds its partitions until its session times out, and
 * its group's other members wait for it in the rebalance the restarted instance starts
 * (docs/adr/0041). Heartbeats go every third of it. A setting made for one group ({@code
 * kafka.consumers.<group>.session.timeout.ms}) wins.
 */
@Singleton
class ConsumerSessionTimeout
    implements BeanCreatedEventListener<AbstractKafkaConsumerConfiguration<?, ?>> {

  private final Duration sessionTimeout;

  ConsumerSessionTimeout(@Value("${platform.kafka.session-timeout:10s}") Duration sessionTimeout) {
    this.sessionTimeout = sessionTimeout;
  }

  @Override
  public AbstractKafkaConsumerConfiguration<?, ?> onCreated(
      BeanCreatedEvent<AbstractKafkaConsumerConfiguration<?, ?>> event) {
    apply(event.getBean().getConfig(), sessionTimeout);
    return event.getBean();
  }

  static void apply(Properties config, Duration sessionTimeout) {
    config.putIfAbsent(
        ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, String.valueOf(sessionTimeout.toMillis()));
    config.putIfAbsent(
        ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG,
        String.valueOf(Math.max(500, sessionTimeout.toMillis() / 3)));
  }
}
