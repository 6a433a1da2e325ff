package nl.provincie.ethiek.cases.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.provincie.ethiek.cases.casefile.ActionStatus;
import nl.provincie.ethiek.cases.casefile.FollowUp;
import nl.provincie.ethiek.cases.casefile.FollowUpAction;
import org.junit.jupiter.api.Test;

/** The public follow-up status is true on the day it is read, whatever the keeper did last. */
class FollowUpStatusTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

  private static FollowUpAction action(String title, LocalDate due, ActionStatus status) {
    return new FollowUpAction(
        UUID.randomUUID(),
        title,
        "Team Data",
        due,
        status,
        status == ActionStatus.VERIFIED ? List.of("verslag") : List.of(),
        null);
  }

  @Test
  void an_open_action_past_its_due_date_is_overdue_before_the_keeper_marked_it() {
    FollowUp followUp =
        new FollowUp(
            List.of(
                action("Uitleg op de website", LocalDate.of(2026, 12, 1), ActionStatus.PLANNED)),
            List.of(),
            Optional.empty());

    FollowUpStatus status = FollowUpStatus.of(followUp, TODAY);

    assertThat(status.items())
        .extracting(FollowUpStatus.ActionLine::status)
        .containsExactly(ActionStatus.OVERDUE);
    assertThat(List.of(status.actions(), status.done(), status.open(), status.overdue()))
        .containsExactly(1, 0, 0, 1);
  }

  @Test
  void every_action_counts_once_done_open_or_overdue() {
    FollowUp followUp =
        new FollowUp(
            List.of(
                action("Klaar", LocalDate.of(2026, 11, 1), ActionStatus.DONE),
                action(
                    "Te laat, door de keeper gemarkeerd",
                    LocalDate.of(2026, 11, 20),
                    ActionStatus.OVERDUE),
                action("Bezig", TODAY, ActionStatus.IN_PROGRESS),
                action("Geschrapt", LocalDate.of(2026, 10, 1), ActionStatus.CANCELLED)),
            List.of(),
            Optional.empty());

    FollowUpStatus status = FollowUpStatus.of(followUp, TODAY);

    assertThat(List.of(status.actions(), status.done(), status.open(), status.overdue()))
        .containsExactly(4, 1, 1, 1);
    assertThat(status.items())
        .extracting(FollowUpStatus.ActionLine::status)
        .containsExactly(
            ActionStatus.DONE,
            ActionStatus.OVERDUE,
            ActionStatus.IN_PROGRESS,
            ActionStatus.CANCELLED);
  }

  @Test
  void an_action_due_today_is_not_late_yet() {
    FollowUp followUp =
        new FollowUp(
            List.of(action("Vandaag", TODAY, ActionStatus.PLANNED)), List.of(), Optional.empty());

    assertThat(FollowUpStatus.of(followUp, TODAY).overdue()).isZero();
    assertThat(FollowUpStatus.of(followUp, TODAY.plusDays(1)).overdue()).isOne();
  }
}
