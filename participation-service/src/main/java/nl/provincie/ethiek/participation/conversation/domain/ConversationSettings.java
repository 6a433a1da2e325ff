package nl.provincie.ethiek.participation.conversation.domain;

import java.util.Optional;
import java.util.UUID;

/** What a moderator sets up; editable while the conversation is a draft or open. */
public record ConversationSettings(
    String topic,
    String descriptionNl,
    Optional<String> descriptionEn,
    ModerationMode moderationMode,
    boolean residentsMayAddStatements,
    int maxStatementLength,
    Optional<UUID> caseId) {

  public static final int DEFAULT_MAX_STATEMENT_LENGTH = 140;
}
