package nl.provincie.ethiek.servicekit.events;

import java.time.Instant;
import java.util.UUID;

/**
 * An event one service publishes for others: a past-tense fact with a unique id and the moment it
 * happened. Implemented by plain records in the services' domain packages.
 */
public interface IntegrationEvent {

  UUID eventId();

  Instant occurredAt();
}
