package nl.provincie.ethiek.cases.demo;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.provincie.ethiek.cases.CaseRoles;
import nl.provincie.ethiek.cases.casefile.*;
import nl.provincie.ethiek.cases.casefile.CaseId;
import nl.provincie.ethiek.cases.casefile.service.Actor;
import nl.provincie.ethiek.cases.casefile.service.CaseFiles;
import nl.provincie.ethiek.cases.catalogue.Catalogue;
import nl.provincie.ethiek.cases.demo.DemoContent.DemoCase;

/**
 * Loads one demo case through the case domain, command by command, so its history, audit entries
 * and events are those of a case worked through the API. Each step is dated on the case's own
 * timeline around its decision (DemoTimeline); the audit entries say when the demo was loaded. The
 * whole case is one transaction: after a crash it is either there completely or not at all, and a
 * case that exists is left alone.
 */
@Singleton
class DemoCaseLoader {

  static final Actor DEMO = new Actor("demo-data", CaseRoles.WORKERS);

  private final CaseFiles cases;
  private final Catalogue catalogue;

  DemoCaseLoader(CaseFiles cases, Catalogue catalogue) {
    this.cases = cases;
    this.catalogue = catalogue;
  }

  /** A stable id per demo case, so a restart finds what an earlier start loaded. */
  static UUID idOf(String key) {
    return UUID.nameUUIDFromBytes(("case-service:demo:" + key).getBytes(StandardCharsets.UTF_8));
  }

  /** Loads the case unless it is already there; returns whether it was loaded now. */
  @Transactional
  public boolean load(DemoCase d, LocalDate today) {
    UUID id = idOf(d.key());
    if (cases.find(id, DEMO).isPresent()) {
      return false;
    }
    DemoTimeline when = new DemoTimeline(d.decision().decidedOn());
    cases.create(open(id, d, when.opened()), DEMO, "case opened (demo data)");
    step(
        id,
        "transition to IN_TRIAGE",
        c -> c.transition(CaseState.IN_TRIAGE, who(), null, when.opened()));
    Triage triage = triage(d.triage(), when.triaged());
    step(id, "triage", c -> c.recordTriage(triage, who(), when.triaged()));
    InstrumentRun run = run(d.run(), when.session());
    step(id, "instrument run started: " + run.instrumentId(), c -> c.startRun(run));
    for (DemoContent.DemoStep s : d.run().steps()) {
      step(
          id,
          "step " + s.stepId() + " answered",
          c -> c.reviseStep(run.id(), s.stepId(), d.run().author(), s.text(), when.session()));
    }
    for (DemoContent.DemoValue v : d.run().values()) {
      var assessed = DemoValues.assess(catalogue, run.instrumentId(), run.instrumentVersion(), v);
      step(id, "value assessed: " + assessed.valueName(), c -> c.assessValue(run.id(), assessed));
    }
    Advice advice = advice(d.advice(), when.adviceDrafted());
    step(id, "advice drafted", c -> c.draftAdvice(advice, who(), when.adviceDrafted()));
    step(
        id,
        "transition to ADVICE_ADOPTED",
        c -> c.transition(CaseState.ADVICE_ADOPTED, who(), null, when.adviceAdopted()));
    LocalDate nextReview =
        d.followUp() == null
            ? null
            : nextAfter(d.decision().decidedOn(), d.followUp().reEvaluationEveryMonths(), today);
    Decision decision = decision(d.decision(), nextReview);
    step(id, "decision recorded", c -> c.recordDecision(decision, who(), when.decided()));
    if (d.followUp() == null) {
      step(
          id,
          "transition to CLOSED",
          c -> c.transition(CaseState.CLOSED, who(), d.closingReason(), when.afterDecision()));
    } else {
      followUp(id, d.followUp(), nextReview, when.afterDecision());
    }
    return true;
  }

  private void followUp(UUID id, DemoContent.DemoFollowUp f, LocalDate nextReview, Instant since) {
    for (DemoContent.DemoAction a : f.actions()) {
      FollowUpAction action =
          new FollowUpAction(
              UUID.randomUUID(), a.title(), a.owner(), nextReview, a.status(), List.of(), null);
      step(id, "action added: " + a.title(), c -> c.addAction(action));
    }
    for (DemoContent.DemoIndicator i : f.indicators()) {
      Indicator indicator = new Indicator(UUID.randomUUID(), i.name(), i.target(), null, null);
      step(id, "indicator added: " + i.name(), c -> c.addIndicator(indicator));
    }
    ReEvaluation schedule =
        new ReEvaluation(
            f.reEvaluationEveryMonths(),
            nextReview,
            ReEvaluationTrigger.PERIODIC,
            f.reEvaluationReason(),
            null);
    step(id, "re-evaluation scheduled", c -> c.scheduleReEvaluation(schedule));
    step(
        id,
        "transition to IN_FOLLOW_UP",
        c -> c.transition(CaseState.IN_FOLLOW_UP, who(), null, since));
  }

  /**
   * The first date after {@code today} on the decision's cadence: a periodic re-evaluation every
   * {@code months} counted from the decision, so the demo shows the coming one, not a missed one.
   */
  static LocalDate nextAfter(LocalDate decidedOn, int months, LocalDate today) {
    LocalDate next = decidedOn.plusMonths(months);
    while (!next.isAfter(today)) {
      next = next.plusMonths(months);
    }
    return next;
  }

  private Changed open(UUID id, DemoCase d, Instant at) {
    return EthicsCase.open(
        CaseId.of(id),
        d.intake(),
        d.confidentiality(),
        d.registerEntryIds() == null ? List.of() : d.registerEntryIds(),
        Origin.DEMO_DATA,
        d.originReason(),
        catalogue.version(),
        who(),
        at);
  }

  private Triage triage(DemoContent.DemoTriage t, Instant at) {
    return new Triage(
        answer(t.kanHet()),
        answer(t.magHet()),
        answer(t.willenWeHet()),
        t.outcome(),
        null,
        who(),
        at);
  }

  private static TriageAnswer answer(DemoContent.DemoAnswer a) {
    return new TriageAnswer(a.verdict(), a.rationale(), a.discipline());
  }

  private InstrumentRun run(DemoContent.DemoRun r, Instant at) {
    Catalogue.Instrument instrument =
        catalogue
            .instrument(r.instrumentId(), r.version())
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "Demo data names an uncatalogued instrument " + r.instrumentId()));
    return new InstrumentRun(
        UUID.randomUUID(),
        instrument.id(),
        instrument.version(),
        r.facilitator(),
        r.participants().stream()
            .map(p -> new InstrumentRun.Participant(p.name(), p.role(), p.discipline()))
            .toList(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        at);
  }

  private static Advice advice(DemoContent.DemoAdvice a, Instant drafted) {
    return new Advice(
        a.kind(), a.summary(), a.considerations(), a.conditions(), null, drafted, null);
  }

  private static Decision decision(DemoContent.DemoDecision d, LocalDate nextReview) {
    return new Decision(
        d.decisionMaker(), d.kind(), d.summary(), d.motivation(), d.decidedOn(), nextReview);
  }

  private void step(
      UUID id, String action, java.util.function.Function<EthicsCase, Changed> command) {
    cases.change(id, DEMO, action, command);
  }

  private static String who() {
    return DEMO.name();
  }
}
