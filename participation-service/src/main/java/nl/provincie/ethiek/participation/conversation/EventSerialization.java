package nl.provincie.ethiek.participation.conversation;

import io.micronaut.serde.annotation.SerdeImport;
import nl.provincie.ethiek.participation.events.ConversationClosed;
import nl.provincie.ethiek.participation.events.ConversationOpened;

/** JSON for this feature's events, which stay plain records. */
@SerdeImport(ConversationOpened.class)
@SerdeImport(ConversationClosed.class)
final class EventSerialization {
  private EventSerialization() {}
}
