package nl.provincie.ethiek.participation.conversation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.provincie.ethiek.participation.conversation.domain.Conversation;
import nl.provincie.ethiek.participation.conversation.domain.ConversationSettings;
import nl.provincie.ethiek.participation.conversation.domain.ConversationState;
import nl.provincie.ethiek.participation.conversation.domain.ModerationMode;

/**
 * A conversation as the API shows it. {@code pendingStatements} (how many statements wait for a
 * moderator) is only in the staff list, {@code GET /conversations/all}; elsewhere it is null and
 * left out of the JSON (docs/adr/0054).
 */
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
    Instant closedAt,
    @Nullable Long pendingStatements) {

  static ConversationView of(Conversation c) {
    return of(c, null);
  }

  /** The staff list's view, with the count of statements waiting for moderation. */
  static ConversationView of(Conversation c, @Nullable Long pendingStatements) {
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
        c.closedAt().orElse(null),
        pendingStatements);
  }

  @Serdeable
  record Page(List<ConversationView> items, int total) {}
}
