package nl.provincie.ethiek.servicekit.events;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;

/**
 * Hands a lane's events to Kafka in outbox order and reports the longest acknowledged prefix.
 * Nothing after the first failure counts as sent: the producer is discarded at once, so records
 * still queued behind the failure are dropped instead of overtaking it (docs/adr/0023).
 */
final class OrderedHandoff {

  private static final Duration ACK_TIMEOUT = Duration.ofSeconds(20);

  /** The acknowledged prefix and, when the handoff stopped early, the event it stopped at. */
  record Outcome(List<PendingEvent> acknowledged, Optional<Failure> failure) {}

  record Failure(PendingEvent event, String error) {}

  private OrderedHandoff() {}

  static Outcome send(OutboxProducer producer, List<PendingEvent> events) {
    List<Future<RecordMetadata>> acks = new ArrayList<>(events.size());
    String refusal = null;
    for (PendingEvent event : events) {
      Future<RecordMetadata> ack;
      try {
        ack = producer.send(toRecord(event));
      } catch (RuntimeException e) {
        refusal = String.valueOf(e);
        break;
      }
      acks.add(ack);
      if (ack.isDone() && awaitAck(ack) != null) {
        break; // refused on the spot (too large, say): send nothing after it
      }
    }
    for (int i = 0; i < acks.size(); i++) {
      String error = awaitAck(acks.get(i));
      if (error != null) {
        return stoppedAt(producer, events, i, error);
      }
    }
    return refusal == null
        ? new Outcome(List.copyOf(events), Optional.empty())
        : stoppedAt(producer, events, acks.size(), refusal);
  }

  private static Outcome stoppedAt(
      OutboxProducer producer, List<PendingEvent> events, int index, String error) {
    producer.discard();
    return new Outcome(
        List.copyOf(events.subList(0, index)), Optional.of(new Failure(events.get(index), error)));
  }

  private static ProducerRecord<String, String> toRecord(PendingEvent event) {
    ProducerRecord<String, String> record =
        new ProducerRecord<>(event.topic(), event.key(), event.payload());
    record.headers().add(EventHeaders.EVENT_ID, bytes(event.eventId().toString()));
    record.headers().add(EventHeaders.EVENT_TYPE, bytes(event.type()));
    record.headers().add(EventHeaders.OCCURRED_AT, bytes(event.occurredAt().toString()));
    return record;
  }

  private static byte[] bytes(String value) {
    return value.getBytes(StandardCharsets.UTF_8);
  }

  /** Returns null when acknowledged, otherwise a short description of why not. */
  private static String awaitAck(Future<RecordMetadata> ack) {
    try {
      ack.get(ACK_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
      return null;
    } catch (ExecutionException e) {
      return String.valueOf(e.getCause());
    } catch (TimeoutException e) {
      return "no acknowledgement within " + ACK_TIMEOUT;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "interrupted";
    }
  }
}
