package nl.provincie.ethiek.register.entry;

import java.util.UUID;
import nl.provincie.ethiek.servicekit.events.IntegrationEvent;

/**
 * The events the register publishes (docs/adr/0008, 0009), each on its own topic; the topics are
 * declared once, in {@link nl.provincie.ethiek.servicekit.events.EventTopics}. The entry id is the
 * Kafka key. Fields are only ever added within a version.
 */
public sealed interface EntryEvent extends IntegrationEvent
    permits EntryPublished, EntryChanged, EntryArchived {

  /** The Kafka topic this event goes to. */
  String topic();

  /** The entry the event concerns: the key of its Kafka record. */
  UUID entryId();
}
