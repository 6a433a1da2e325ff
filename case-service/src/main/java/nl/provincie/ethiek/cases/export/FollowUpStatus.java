package nl.provincie.ethiek.cases.export;

import java.time.LocalDate;
import java.util.List;
import nl.provincie.ethiek.cases.casefile.ActionStatus;
import nl.provincie.ethiek.cases.casefile.FollowUp;
import nl.provincie.ethiek.cases.casefile.ReEvaluation;

/** Where the follow-up of a decision stands: counts and each action's status and due date. */
public record FollowUpStatus(
    int actions, int open, int overdue, int done, List<ActionLine> items, LocalDate nextReview) {

  public record ActionLine(String title, ActionStatus status, LocalDate dueDate) {}

  static FollowUpStatus of(FollowUp f) {
    List<ActionLine> items =
        f.actions().stream().map(a -> new ActionLine(a.title(), a.status(), a.dueDate())).toList();
    return new FollowUpStatus(
        items.size(),
        (int) items.stream().filter(a -> a.status().isOpen()).count(),
        (int) items.stream().filter(a -> a.status() == ActionStatus.OVERDUE).count(),
        (int)
            items.stream()
                .filter(a -> a.status() == ActionStatus.DONE || a.status() == ActionStatus.VERIFIED)
                .count(),
        items,
        f.reEvaluation().map(ReEvaluation::dueDate).orElse(null));
  }
}
