package nl.provincie.ethiek.cases.export;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import nl.provincie.ethiek.cases.casefile.ActionStatus;
import nl.provincie.ethiek.cases.casefile.FollowUp;
import nl.provincie.ethiek.cases.casefile.ReEvaluation;

/**
 * Where the follow-up of a decision stands on {@code today}: each action's status and due date, and
 * the counts. Overdue is a fact of the due date: an open action past its due date reads as OVERDUE
 * on the day it is read, also before the keeper has marked it (docs/adr/0053). Every action counts
 * once: done, still open, overdue, or (not counted) cancelled.
 */
public record FollowUpStatus(
    int actions, int open, int overdue, int done, List<ActionLine> items, LocalDate nextReview) {

  /** The province's calendar: the day an action is due ends in Dutch time. */
  public static final ZoneId PROVINCE = ZoneId.of("Europe/Amsterdam");

  public record ActionLine(String title, ActionStatus status, LocalDate dueDate) {}

  static FollowUpStatus of(FollowUp f, LocalDate today) {
    List<ActionLine> items =
        f.actions().stream()
            .map(
                a ->
                    new ActionLine(
                        a.title(),
                        a.isOverdueOn(today) ? ActionStatus.OVERDUE : a.status(),
                        a.dueDate()))
            .toList();
    return new FollowUpStatus(
        items.size(),
        (int)
            items.stream()
                .filter(a -> a.status().isOpen() && a.status() != ActionStatus.OVERDUE)
                .count(),
        (int) items.stream().filter(a -> a.status() == ActionStatus.OVERDUE).count(),
        (int)
            items.stream()
                .filter(a -> a.status() == ActionStatus.DONE || a.status() == ActionStatus.VERIFIED)
                .count(),
        items,
        f.reEvaluation().map(ReEvaluation::dueDate).orElse(null));
  }
}
