package nl.provincie.ethiek.portal.backoffice.moderation;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The participation service's answers and requests as the moderator's pages use them. */
final class ModerationModel {

  private ModerationModel() {}

  /** The states of a conversation, in the order they come. */
  enum State {
    DRAFT,
    OPEN,
    CLOSED,
    REPORT_PUBLISHED
  }

  /** A statement's moderation state. */
  enum Moderation {
    PENDING,
    ACCEPTED,
    REJECTED
  }

  record Conversation(
      UUID id,
      String topic,
      String descriptionNl,
      String descriptionEn,
      State state,
      String moderationMode,
      boolean residentsMayAddStatements,
      int maxStatementLength,
      UUID caseId,
      Instant openedAt,
      Instant closedAt,
      Long pendingStatements) {

    /** Statements waiting for a moderator; 0 when the service does not say. */
    long pending() {
      return pendingStatements == null ? 0 : pendingStatements;
    }
  }

  /** The services leave empty lists out of their JSON (Micronaut Serialization): none is empty. */
  record ConversationList(List<Conversation> items, int total) {
    ConversationList {
      items = items == null ? List.of() : items;
    }
  }

  /** The body of creating or changing a conversation (null leaves the service's default). */
  record Settings(
      String topic,
      String descriptionNl,
      String descriptionEn,
      String moderationMode,
      Boolean residentsMayAddStatements,
      Integer maxStatementLength,
      UUID caseId) {}

  record Statement(
      UUID id,
      int number,
      String text,
      String origin,
      boolean meta,
      Moderation moderation,
      String moderationReason) {}

  /** A page of the queue; an empty page comes without items (see {@link ConversationList}). */
  record Queue(
      List<Statement> items, int page, int size, long pending, long accepted, long rejected) {

    Queue {
      items = items == null ? List.of() : items;
    }

    long count(Moderation state) {
      return switch (state) {
        case PENDING -> pending;
        case ACCEPTED -> accepted;
        case REJECTED -> rejected;
      };
    }
  }

  record ReportPublished(UUID conversationId) {}

  /** A case to link a conversation to, as the case service lists it; title and state may lack. */
  record CaseChoice(UUID id, String title, String state) {}

  /** The case service's list; an empty one comes without items (see {@link ConversationList}). */
  record CaseList(List<CaseChoice> items) {
    CaseList {
      items = items == null ? List.of() : items;
    }
  }
}
