package nl.provincie.ethiek.servicekit.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import nl.provincie.ethiek.testsupport.RealInfrastructure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IdempotentConsumerTest implements TestPropertyProvider {

  @Inject IdempotentConsumer consumer;

  @Override
  public Map<String, String> getProperties() {
    RealInfrastructure infra = RealInfrastructure.shared();
    return infra.micronautProperties(infra.newDatabase("inbox"));
  }

  @Test
  void a_redelivered_event_is_handled_only_once() {
    UUID eventId = UUID.randomUUID();
    AtomicInteger runs = new AtomicInteger();

    boolean first = consumer.handleOnce("test-consumer", eventId, runs::incrementAndGet);
    boolean second = consumer.handleOnce("test-consumer", eventId, runs::incrementAndGet);

    assertThat(first).isTrue();
    assertThat(second).isFalse();
    assertThat(runs).hasValue(1);
  }

  @Test
  void each_consumer_handles_the_same_event_for_itself() {
    UUID eventId = UUID.randomUUID();
    AtomicInteger runs = new AtomicInteger();

    consumer.handleOnce("signals", eventId, runs::incrementAndGet);
    consumer.handleOnce("statistics", eventId, runs::incrementAndGet);

    assertThat(runs).hasValue(2);
  }

  @Test
  void a_failed_handler_leaves_no_mark_so_the_redelivery_is_handled() {
    UUID eventId = UUID.randomUUID();
    AtomicInteger runs = new AtomicInteger();

    assertThatThrownBy(
            () ->
                consumer.handleOnce(
                    "flaky",
                    eventId,
                    () -> {
                      runs.incrementAndGet();
                      throw new IllegalStateException("database hiccup");
                    }))
        .hasMessage("database hiccup");
    boolean retried = consumer.handleOnce("flaky", eventId, runs::incrementAndGet);

    assertThat(retried).isTrue();
    assertThat(runs).hasValue(2);
  }
}
