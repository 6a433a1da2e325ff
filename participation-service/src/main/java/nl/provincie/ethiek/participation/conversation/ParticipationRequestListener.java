package nl.provincie.ethiek.participation.conversation;

import io.micronaut.configuration.kafka.annotation.Topic;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.JsonMapper;
import io.micronaut.serde.annotation.Serdeable;
import java.util.Optional;
import java.util.UUID;
import nl.provincie.ethiek.participation.conversation.domain.ConversationSettings;
import nl.provincie.ethiek.participation.conversation.domain.ModerationMode;
import nl.provincie.ethiek.servicekit.events.ConsumedEvent;
import nl.provincie.ethiek.servicekit.events.EventConsumer;
import nl.provincie.ethiek.servicekit.events.EventTopics;
import nl.provincie.ethiek.servicekit.events.IdempotentConsumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * The ethics commission asked for a resident conversation: a draft linked to the case appears for
 * the moderators to set up, once per request event.
 */
@EventConsumer(groupId = "participation-service", clientId = "participation-service-case-requests")
class ParticipationRequestListener {

  static final String CONSUMER = "participation-service.participation-requests";
  private static final int TOPIC_LIMIT = 200;

  /** This service's reading of case.participation-requested.v1 (unknown fields ignored). */
  @Serdeable
  record ParticipationRequested(UUID caseId, @Nullable String question) {}

  private final IdempotentConsumer idempotent;
  private final Conversations conversations;
  private final JsonMapper json;

  ParticipationRequestListener(
      IdempotentConsumer idempotent, Conversations conversations, JsonMapper json) {
    this.idempotent = idempotent;
    this.conversations = conversations;
    this.json = json;
  }

  @Topic(EventTopics.CASE_PARTICIPATION_REQUESTED)
  void onRequest(ConsumerRecord<String, String> record) {
    ParticipationRequested request =
        ConsumedEvent.payload(json, record, ParticipationRequested.class);
    idempotent.handleOnce(
        CONSUMER, ConsumedEvent.eventId(record), () -> conversations.create(draftFor(request)));
  }

  static ConversationSettings draftFor(ParticipationRequested request) {
    String question =
        request.question() == null || request.question().isBlank()
            ? "Gesprek voor ethische casus " + request.caseId()
            : request.question().strip();
    String topic =
        question.length() <= TOPIC_LIMIT ? question : question.substring(0, TOPIC_LIMIT - 1) + "…";
    return new ConversationSettings(
        topic,
        "De ethische commissie vraagt inwoners mee te denken over: " + question,
        Optional.empty(),
        ModerationMode.STRICT,
        true,
        ConversationSettings.DEFAULT_MAX_STATEMENT_LENGTH,
        Optional.of(request.caseId()));
  }
}
