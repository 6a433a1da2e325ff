package nl.provincie.ethiek.cases.keeper;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.time.ZoneId;
import nl.provincie.ethiek.cases.casefile.EthicsCase;
import nl.provincie.ethiek.cases.casefile.service.Actor;
import nl.provincie.ethiek.cases.casefile.service.CaseFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The keeper ("beheerder"): looks at every open case regularly, marks follow-up actions past their
 * due date as overdue and announces due re-evaluations, each once, with events and audit entries.
 * Nothing depends on someone remembering.
 */
@Singleton
public class Keeper {

  private static final Logger LOG = LoggerFactory.getLogger(Keeper.class);
  private static final ZoneId PROVINCE = ZoneId.of("Europe/Amsterdam");

  private final CaseFiles cases;

  Keeper(CaseFiles cases) {
    this.cases = cases;
  }

  @Scheduled(fixedDelay = "${cases.keeper.interval:15m}", initialDelay = "30s")
  void onSchedule() {
    try {
      scan(LocalDate.now(PROVINCE));
    } catch (RuntimeException e) {
      LOG.warn("Keeper scan failed, will retry: {}", e.toString());
    }
  }

  /** Looks at all open cases as of {@code today}; returns how many cases changed. */
  public int scan(LocalDate today) {
    int changed = 0;
    for (EthicsCase c : cases.open()) {
      EthicsCase before = c;
      EthicsCase after =
          cases.change(
              c.id(),
              Actor.SYSTEM,
              "keeper scan " + today,
              current -> {
                var overdue = current.detectOverdue(today, cases.now());
                var due = overdue.after().announceDueReEvaluation(today, cases.now());
                var events = new java.util.ArrayList<>(overdue.events());
                events.addAll(due.events());
                return new nl.provincie.ethiek.cases.casefile.Changed(due.after(), events);
              });
      if (!after.equals(before)) {
        changed++;
      }
    }
    return changed;
  }
}
