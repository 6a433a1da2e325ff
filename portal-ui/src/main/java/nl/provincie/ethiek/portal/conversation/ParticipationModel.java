package nl.provincie.ethiek.portal.conversation;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The participation service's API as the portal reads it. */
public final class ParticipationModel {

  private ParticipationModel() {}

  /** A public conversation. state is OPEN or CLOSED; moderationMode STRICT or otherwise. */
  public record Conversation(
      UUID id,
      String topic,
      String descriptionNl,
      String descriptionEn,
      String state,
      String moderationMode,
      boolean residentsMayAddStatements,
      int maxStatementLength,
      UUID caseId,
      Instant openedAt,
      Instant closedAt) {

    public boolean isOpen() {
      return "OPEN".equals(state);
    }
  }

  public record ConversationPage(List<Conversation> items, int total) {
    public ConversationPage {
      items = items == null ? List.of() : List.copyOf(items);
    }
  }

  public record Statement(UUID id, int number, String text, boolean meta) {}

  /** What to show next: statement is null (and done true) when all statements have a vote. */
  public record Next(Statement statement, int voted, int total, boolean done) {}

  /** A statement the resident added; moderation is PENDING under strict moderation. */
  public record AddedStatement(UUID id, int number, String text, String moderation) {
    public boolean pending() {
      return "PENDING".equals(moderation);
    }
  }

  public record Withdrawal(int votesRemoved, int statementsWithdrawn) {}

  /** agree, disagree or pass, as the service spells them. */
  public enum Vote {
    AGREE("agree"),
    DISAGREE("disagree"),
    PASS("pass");

    private final String wire;

    Vote(String wire) {
      this.wire = wire;
    }

    public String wire() {
      return wire;
    }
  }
}
