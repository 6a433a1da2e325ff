package nl.provincie.ethiek.portal.outcome;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.provincie.ethiek.portal.map.OpinionMapModel.Consensus;
import nl.provincie.ethiek.portal.map.OpinionMapModel.Group;

/**
 * What the outcome page reads: the participation service's published report (GET
 * /api/v1/conversations/{id}/report) and the case service's public view of a case (GET
 * /api/v1/public/cases/{id}). Enumerations arrive as their names (e.g. WITH_CONDITIONS) and are
 * translated in the page. Lists are never null.
 */
public final class OutcomeModel {

  private OutcomeModel() {}

  /** A closed conversation's published report. */
  public record Report(
      UUID conversationId,
      UUID caseId,
      String title,
      Instant occurredAt,
      List<Group> groups,
      Consensus consensus,
      int participantCount,
      long voteCount,
      int statementCount) {
    public Report {
      groups = groups == null ? List.of() : List.copyOf(groups);
      consensus = consensus == null ? new Consensus(List.of(), List.of()) : consensus;
    }
  }

  /** What anyone may read of a public ethics case. */
  public record PublicCase(
      UUID id,
      String title,
      String centralQuestion,
      String state,
      Advice advice,
      Decision decision,
      FollowUp followUp,
      Integer reEvaluationEveryMonths,
      List<Participation> participation) {
    public PublicCase {
      participation = participation == null ? List.of() : List.copyOf(participation);
    }

    /** What the commission recorded about the use of this conversation, if anything. */
    public Optional<Participation> useOf(UUID conversationId) {
      return participation.stream()
          .filter(p -> conversationId != null && conversationId.equals(p.conversationId()))
          .findFirst();
    }
  }

  /**
   * A resident conversation whose report reached the case, and how the commission used it ({@code
   * howUsed} is null until the commission has recorded it).
   */
  public record Participation(
      UUID conversationId,
      String title,
      int participantCount,
      int statementCount,
      Instant publishedAt,
      String howUsed) {}

  public record Advice(
      String kind,
      String summary,
      String considerations,
      List<String> conditions,
      Instant adoptedAt) {
    public Advice {
      conditions = conditions == null ? List.of() : List.copyOf(conditions);
    }
  }

  public record Decision(
      String decisionMaker, String kind, String summary, String motivation, LocalDate decidedOn) {}

  public record FollowUp(
      int actions, int open, int overdue, int done, List<Action> items, LocalDate nextReview) {
    public FollowUp {
      items = items == null ? List.of() : List.copyOf(items);
    }
  }

  public record Action(String title, String status, LocalDate dueDate) {}
}
