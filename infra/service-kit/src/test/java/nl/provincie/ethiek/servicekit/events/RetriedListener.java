package nl.provincie.ethiek.servicekit.events;

import io.micronaut.configuration.kafka.annotation.Topic;
import io.micronaut.context.annotation.Requires;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/** An {@link EventConsumer} whose handler fails twice on its first record, for the test. */
@Requires(property = "event-consumer-test.enabled", value = "true")
@EventConsumer(groupId = EventConsumerTest.GROUP, clientId = EventConsumerTest.CLIENT)
class RetriedListener {

  static final AtomicInteger ATTEMPTS = new AtomicInteger();
  static final List<String> HANDLED = new CopyOnWriteArrayList<>();

  @Topic(EventConsumerTest.TOPIC)
  void receive(ConsumerRecord<String, String> record) {
    if (record.value().equals("first") && ATTEMPTS.incrementAndGet() < 3) {
      throw new IllegalStateException("the store is down (test)");
    }
    HANDLED.add(record.value());
  }
}
