package nl.provincie.ethiek.participation.events;

import java.util.UUID;
import nl.provincie.ethiek.servicekit.events.EventTopics;
import nl.provincie.ethiek.servicekit.events.IntegrationEvent;

/**
 * Every event participation-service publishes: a past-tense record that knows its topic (declared
 * once, in {@link EventTopics}) and is keyed by its conversation, so that a conversation's events
 * share a partition on every topic (docs/adr/0027). The method is {@code kafkaTopic()}, not {@code
 * topic()}, because {@link ConversationOpened} already has a {@code topic} field: the
 * conversation's subject, part of its published JSON.
 */
public sealed interface ParticipationEvent extends IntegrationEvent
    permits ConversationOpened,
        ConversationClosed,
        StatementSubmitted,
        StatementModerated,
        VoteCast,
        ParticipationWithdrawn,
        ReportPublished {

  UUID conversationId();

  /** The topic this event is published on. */
  String kafkaTopic();

  /** The Kafka key: the conversation id. */
  default String key() {
    return conversationId().toString();
  }
}
