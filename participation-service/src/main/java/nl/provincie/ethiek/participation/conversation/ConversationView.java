package nl.provincie.ethiek.participation.conversation;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.provincie.ethiek.participation.conversation.domain.Conversation;
import nl.provincie.ethiek.participation.conversation.domain.ConversationSettings;
import nl.provincie.ethiek.participation.conversation.domain.ConversationState;
import nl.provincie.ethiek.participation.conversation.domain.ModerationMode;

@Serdeable
record ConversationView(
    UUID id,
    String topic,
    String descriptionNl,
    String descriptionEn,
    ConversationState state,
    ModerationMode moderationMode,
    boolean residentsMayAddStatements,
    int maxStatementLength,
    UUID caseId,
    Instant openedAt,
    Instant closedAt) {

  static ConversationView of(Conversation c) {
    ConversationSettings s = c.settings();
    return new ConversationView(
        c.id().value(),
        s.topic(),
        s.descriptionNl(),
        s.descriptionEn().orElse(null),
        c.state(),
        s.moderationMode(),
        s.residentsMayAddStatements(),
        s.maxStatementLength(),
        s.caseId().orElse(null),
        c.openedAt().orElse(null),
        c.closedAt().orElse(null));
  }

  @Serdeable
  record Page(List<ConversationView> items, int total) {}
}
