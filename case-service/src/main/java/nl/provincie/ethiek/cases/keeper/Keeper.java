package nl.provincie.ethiek.cases.keeper;

import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import nl.provincie.ethiek.cases.casefile.EthicsCase;
import nl.provincie.ethiek.cases.casefile.service.Actor;
import nl.provincie.ethiek.cases.casefile.service.CaseFiles;
import nl.provincie.ethiek.cases.keeper.store.JobRuns;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The keeper ("beheerder"): looks at every open case regularly, marks follow-up actions past their
 * due date as overdue and announces due re-evaluations, each once, with events and audit entries.
 * Nothing depends on someone remembering.
 *
 * <p>Every instance checks every {@code cases.keeper.check-every}; the one that claims the run in
 * the job_run table scans, at most once per {@code cases.keeper.interval} across all instances
 * (docs/adr/0024).
 */
@Singleton
public class Keeper {

  private static final Logger LOG = LoggerFactory.getLogger(Keeper.class);
  private static final ZoneId PROVINCE = ZoneId.of("Europe/Amsterdam");
  static final String JOB = "keeper";

  private final CaseFiles cases;
  private final JobRuns runs;
  private final Duration interval;

  Keeper(CaseFiles cases, JobRuns runs, @Value("${cases.keeper.interval:15m}") Duration interval) {
    this.cases = cases;
    this.runs = runs;
    this.interval = interval;
  }

  @Scheduled(
      fixedDelay = "${cases.keeper.check-every:1m}",
      initialDelay = "${cases.keeper.initial-delay:30s}")
  void onSchedule() {
    runIfDue();
  }

  /**
   * Scans today's open cases when no instance did within the interval.
   *
   * @return true when this call ran the scan
   */
  boolean runIfDue() {
    try {
      if (!runs.claim(JOB, interval)) {
        return false;
      }
    } catch (RuntimeException e) {
      LOG.warn("Keeper could not claim its run, will ask again: {}", e.toString());
      return false;
    }
    try {
      scan(LocalDate.now(PROVINCE));
    } catch (RuntimeException e) {
      LOG.warn("Keeper scan failed, will retry next interval: {}", e.toString());
    }
    return true;
  }

  /** Looks at all open cases as of {@code today}; returns how many cases changed. */
  public int scan(LocalDate today) {
    int changed = 0;
    for (EthicsCase c : cases.open()) {
      EthicsCase before = c;
      EthicsCase after =
          cases.change(
              c.id().value(),
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
