package nl.provincie.ethiek.participation.conversation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import nl.provincie.ethiek.participation.conversation.domain.Conversation;
import nl.provincie.ethiek.participation.conversation.domain.ConversationId;
import nl.provincie.ethiek.participation.conversation.domain.ConversationSettings;
import nl.provincie.ethiek.participation.conversation.domain.ConversationState;
import nl.provincie.ethiek.participation.conversation.domain.ModerationMode;

@MappedEntity("conversation")
record ConversationRow(
    @Id UUID id,
    String topic,
    String descriptionNl,
    @Nullable String descriptionEn,
    ConversationState state,
    ModerationMode moderationMode,
    boolean residentsMayAddStatements,
    int maxStatementLength,
    @Nullable UUID caseId,
    Instant createdAt,
    @Nullable Instant openedAt,
    @Nullable Instant closedAt) {

  static ConversationRow of(Conversation c) {
    ConversationSettings s = c.settings();
    return new ConversationRow(
        c.id().value(),
        s.topic(),
        s.descriptionNl(),
        s.descriptionEn().orElse(null),
        c.state(),
        s.moderationMode(),
        s.residentsMayAddStatements(),
        s.maxStatementLength(),
        s.caseId().orElse(null),
        c.createdAt(),
        c.openedAt().orElse(null),
        c.closedAt().orElse(null));
  }

  Conversation toConversation() {
    return new Conversation(
        new ConversationId(id),
        new ConversationSettings(
            topic,
            descriptionNl,
            Optional.ofNullable(descriptionEn),
            moderationMode,
            residentsMayAddStatements,
            maxStatementLength,
            Optional.ofNullable(caseId)),
        state,
        createdAt,
        Optional.ofNullable(openedAt),
        Optional.ofNullable(closedAt));
  }
}
