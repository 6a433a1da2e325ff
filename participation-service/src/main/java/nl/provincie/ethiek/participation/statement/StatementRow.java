package nl.provincie.ethiek.participation.statement;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import nl.provincie.ethiek.participation.statement.domain.Moderation;
import nl.provincie.ethiek.participation.statement.domain.Origin;
import nl.provincie.ethiek.participation.statement.domain.Statement;
import nl.provincie.ethiek.participation.statement.domain.StatementText;

@MappedEntity("statement")
record StatementRow(
    @Id UUID id,
    UUID conversationId,
    int number,
    String text,
    String normalizedText,
    Origin origin,
    @Nullable UUID authorParticipant,
    boolean meta,
    Moderation moderation,
    @Nullable String moderationReason,
    Instant createdAt,
    @Nullable Instant moderatedAt) {

  static StatementRow of(Statement s, @Nullable Instant moderatedAt) {
    return new StatementRow(
        s.id(),
        s.conversationId(),
        s.number(),
        s.text().value(),
        s.text().normalized(),
        s.origin(),
        s.author().orElse(null),
        s.meta(),
        s.moderation(),
        s.moderationReason().orElse(null),
        s.createdAt(),
        moderatedAt);
  }

  Statement toStatement() {
    return new Statement(
        id,
        conversationId,
        number,
        new StatementText(text, normalizedText),
        origin,
        Optional.ofNullable(authorParticipant),
        meta,
        moderation,
        Optional.ofNullable(moderationReason),
        createdAt);
  }
}
