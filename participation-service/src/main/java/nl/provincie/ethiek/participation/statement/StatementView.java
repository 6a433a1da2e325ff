package nl.provincie.ethiek.participation.statement;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import java.util.UUID;
import nl.provincie.ethiek.participation.statement.domain.Moderation;
import nl.provincie.ethiek.participation.statement.domain.Origin;
import nl.provincie.ethiek.participation.statement.domain.Statement;

/** A statement as residents and moderators see it; never who wrote it. */
@Serdeable
record StatementView(
    UUID id,
    UUID conversationId,
    int number,
    String text,
    Origin origin,
    boolean meta,
    Moderation moderation,
    String moderationReason) {

  static StatementView of(Statement s) {
    return new StatementView(
        s.id(),
        s.conversationId(),
        s.number(),
        s.text().value(),
        s.origin(),
        s.meta(),
        s.moderation(),
        s.moderationReason().orElse(null));
  }

  @Serdeable
  record Page(List<StatementView> items, int total) {}

  @Serdeable
  record Queue(
      List<StatementView> items, int page, int size, long pending, long accepted, long rejected) {}
}
