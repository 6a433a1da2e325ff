package nl.provincie.ethiek.participation.conversation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import java.util.UUID;
import nl.provincie.ethiek.participation.conversation.domain.ConversationSettings;
import nl.provincie.ethiek.participation.conversation.domain.ModerationMode;

@Serdeable
record ConversationRequest(
    @NotBlank @Size(max = 200) String topic,
    @NotBlank @Size(max = 4000) String descriptionNl,
    @Nullable @Size(max = 4000) String descriptionEn,
    @Nullable ModerationMode moderationMode,
    @Nullable Boolean residentsMayAddStatements,
    @Nullable @Min(20) @Max(1000) Integer maxStatementLength,
    @Nullable UUID caseId) {

  ConversationSettings toSettings() {
    return new ConversationSettings(
        topic.strip(),
        descriptionNl.strip(),
        Optional.ofNullable(descriptionEn).map(String::strip).filter(s -> !s.isEmpty()),
        moderationMode == null ? ModerationMode.STRICT : moderationMode,
        residentsMayAddStatements == null || residentsMayAddStatements,
        maxStatementLength == null
            ? ConversationSettings.DEFAULT_MAX_STATEMENT_LENGTH
            : maxStatementLength,
        Optional.ofNullable(caseId));
  }
}
