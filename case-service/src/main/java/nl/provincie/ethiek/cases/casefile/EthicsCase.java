package nl.provincie.ethiek.cases.casefile;

import static nl.provincie.ethiek.cases.casefile.CaseState.*;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * An ethics case from intake to monitored decision. Immutable: every command returns the changed
 * case and the events it raised ({@link Changed}); the application service stores both, with an
 * audit entry, in one transaction.
 *
 * <p>The case holds its parts, each with its own rules: the {@link Intake}, how it was opened
 * ({@link Opening}), the {@link Triage} once recorded, the {@link Assessment} (instrument runs, AI
 * Act, DPIA), {@link Participation}, the {@link Advice} and {@link Decision} once there, and the
 * {@link FollowUp} (actions, indicators, re-evaluation). The case itself decides what its state
 * allows, moves along the {@link Lifecycle} and raises the events.
 */
public record EthicsCase(
    CaseId id,
    CaseState state,
    Confidentiality confidentiality,
    Intake intake,
    List<UUID> registerEntryIds,
    Opening opening,
    Optional<Triage> triage,
    Assessment assessment,
    Participation participation,
    Optional<Advice> advice,
    Optional<Decision> decision,
    FollowUp followUp,
    List<StateChange> history) {

  private static final Set<CaseState> ASSESSING =
      EnumSet.of(IN_ASSESSMENT, ADVICE_DRAFT, RE_EVALUATION);
  private static final Set<CaseState> FOLLOWING_UP =
      EnumSet.of(DECISION_RECEIVED, IN_FOLLOW_UP, RE_EVALUATION);
  private static final Set<CaseState> COMMAND_ONLY =
      EnumSet.of(NOT_ADMISSIBLE, REFERRED, ADVICE_DRAFT, DECISION_RECEIVED);

  public EthicsCase {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(confidentiality, "confidentiality");
    Objects.requireNonNull(intake, "intake");
    Objects.requireNonNull(opening, "opening");
    Objects.requireNonNull(triage, "triage");
    Objects.requireNonNull(assessment, "assessment");
    Objects.requireNonNull(participation, "participation");
    Objects.requireNonNull(advice, "advice");
    Objects.requireNonNull(decision, "decision");
    Objects.requireNonNull(followUp, "followUp");
    registerEntryIds = Lists.copy(registerEntryIds);
    history = Lists.copy(history);
  }

  /** Opens a case in SUBMITTED; a proposal from the register states why it was proposed. */
  public static Changed open(
      CaseId id,
      Intake intake,
      Confidentiality confidentiality,
      List<UUID> registerEntryIds,
      Origin origin,
      String originReason,
      String catalogueVersion,
      String actor,
      Instant now) {
    CaseRuleViolation.require(
        confidentiality != null, "/confidentiality", "Choose public, internal or confidential.");
    EthicsCase opened =
        new EthicsCase(
            id,
            SUBMITTED,
            confidentiality,
            intake,
            registerEntryIds,
            new Opening(origin, Optional.ofNullable(originReason), catalogueVersion, now),
            Optional.empty(),
            Assessment.none(),
            Participation.none(),
            Optional.empty(),
            Optional.empty(),
            FollowUp.none(),
            List.of(new StateChange(null, SUBMITTED, actor, now, originReason)));
    return new Changed(
        opened,
        List.of(
            new CaseOpened(
                UUID.randomUUID(),
                now,
                id.value(),
                opened.registerEntryIds,
                confidentiality,
                intake.title(),
                intake.subjectType(),
                origin,
                originReason)));
  }

  public boolean isOpen() {
    return Lifecycle.isOpen(state);
  }

  // ---- lifecycle ------------------------------------------------------------------------------

  /**
   * A plain move along the lifecycle. Moves that need facts (a triage, an advice draft, a decision)
   * go through their own command; adopting the advice and re-evaluating are plain moves that raise
   * their events here.
   */
  public Changed transition(CaseState target, String actor, String reason, Instant now) {
    Lifecycle.check(state, target);
    if (COMMAND_ONLY.contains(target) || (state == IN_TRIAGE && target == IN_ASSESSMENT)) {
      throw new CaseRuleViolation(
          "/to",
          "Moving to "
              + target
              + " records facts: use the "
              + (state == IN_TRIAGE ? "triage" : target == ADVICE_DRAFT ? "advice" : "decision")
              + " command.");
    }
    EthicsCase moved = moveTo(target, actor, reason, now);
    List<CaseEvent> events = new ArrayList<>();
    if (target == ADVICE_ADOPTED) {
      Advice adopted =
          advice
              .orElseThrow(() -> new CaseRuleViolation("/to", "There is no advice to adopt."))
              .adopted(now);
      moved = moved.with(p -> p.advice = Optional.of(adopted));
      events.add(
          new AdviceAdopted(
              UUID.randomUUID(),
              now,
              id.value(),
              registerEntryIds,
              confidentiality,
              adopted.kind(),
              adopted.summary(),
              adopted.conditions()));
    }
    if (state == RE_EVALUATION && target == IN_FOLLOW_UP) {
      moved = moved.with(p -> p.followUp = followUp.afterReEvaluation());
    }
    return new Changed(moved, events);
  }

  public Changed recordTriage(Triage result, String actor, Instant now) {
    if (state != IN_TRIAGE) {
      throw new WrongState("Recording the triage", state, Set.of(IN_TRIAGE));
    }
    Lifecycle.check(state, result.outcome().next());
    EthicsCase triaged =
        moveTo(result.outcome().next(), actor, "triage: " + result.outcome(), now)
            .with(p -> p.triage = Optional.of(result));
    return new Changed(
        triaged,
        List.of(
            new CaseTriaged(
                UUID.randomUUID(),
                now,
                id.value(),
                registerEntryIds,
                confidentiality,
                result.outcome(),
                result.kanHet().verdict(),
                result.magHet().verdict(),
                result.willenWeHet().verdict(),
                triaged.state)));
  }

  public Changed draftAdvice(Advice draft, String actor, Instant now) {
    EthicsCase drafting = this;
    if (state != ADVICE_DRAFT) {
      Lifecycle.check(state, ADVICE_DRAFT);
      drafting = moveTo(ADVICE_DRAFT, actor, "advice drafted", now);
    }
    return Changed.quietly(drafting.with(p -> p.advice = Optional.of(draft)));
  }

  public Changed recordDecision(Decision made, String actor, Instant now) {
    Lifecycle.check(state, DECISION_RECEIVED);
    advice.ifPresent(adopted -> adopted.requireFollowedBy(made));
    EthicsCase decided =
        moveTo(DECISION_RECEIVED, actor, "decision: " + made.kind(), now)
            .with(
                p -> {
                  p.decision = Optional.of(made);
                  p.followUp = followUp.afterDecision(made);
                });
    return new Changed(
        decided,
        List.of(
            new DecisionRecorded(
                UUID.randomUUID(),
                now,
                id.value(),
                registerEntryIds,
                confidentiality,
                made.decisionMaker(),
                made.kind(),
                made.summary(),
                made.motivation(),
                made.nextReviewDate())));
  }

  private EthicsCase moveTo(CaseState target, String actor, String reason, Instant now) {
    StateChange change = new StateChange(state, target, actor, now, reason);
    return with(
        p -> {
          p.state = target;
          p.history = Lists.plus(history, change);
        });
  }

  // ---- follow-up, monitoring, re-evaluation ---------------------------------------------------

  public Changed addAction(FollowUpAction action) {
    requireState("Adding a follow-up action", FOLLOWING_UP);
    return Changed.quietly(withFollowUp(followUp.withAction(action)));
  }

  public Changed updateAction(UUID actionId, ActionStatus status, List<String> evidence) {
    requireState("Updating a follow-up action", FOLLOWING_UP);
    return Changed.quietly(withFollowUp(followUp.withActionUpdated(actionId, status, evidence)));
  }

  /** Marks open actions past their due date as overdue, each once, raising FollowUpOverdue. */
  public Changed detectOverdue(LocalDate today, Instant now) {
    FollowUp.Overdue overdue = followUp.detectOverdue(today);
    return new Changed(
        withFollowUp(overdue.after()),
        overdue.marked().stream()
            .<CaseEvent>map(
                a ->
                    new FollowUpOverdue(
                        UUID.randomUUID(),
                        now,
                        id.value(),
                        registerEntryIds,
                        confidentiality,
                        a.id(),
                        a.title(),
                        a.owner(),
                        a.dueDate()))
            .toList());
  }

  public Changed addIndicator(Indicator indicator) {
    requireState("Adding a monitoring indicator", FOLLOWING_UP);
    return Changed.quietly(withFollowUp(followUp.withIndicator(indicator)));
  }

  public Changed scheduleReEvaluation(ReEvaluation schedule) {
    requireState("Scheduling a re-evaluation", FOLLOWING_UP);
    return Changed.quietly(withFollowUp(followUp.scheduled(schedule)));
  }

  /** A change, an incident or a resident signal calls for a re-evaluation now. */
  public Changed triggerReEvaluation(
      ReEvaluationTrigger trigger, String reason, String actor, LocalDate today, Instant now) {
    CaseRuleViolation.require(
        trigger != null && trigger != ReEvaluationTrigger.PERIODIC,
        "/trigger",
        "A triggered re-evaluation is caused by CHANGE, INCIDENT or RESIDENT_SIGNAL.");
    Lifecycle.check(state, RE_EVALUATION);
    EthicsCase moved =
        moveTo(RE_EVALUATION, actor, trigger + ": " + reason, now)
            .withFollowUp(followUp.triggered(trigger, reason, today));
    return new Changed(moved, List.of(reEvaluationDue(today, trigger, reason, now)));
  }

  /** The keeper's daily look: a due re-evaluation is announced once and opens the re-evaluation. */
  public Changed announceDueReEvaluation(LocalDate today, Instant now) {
    Optional<FollowUp> announcing =
        isOpen() ? followUp.announceDue(today) : Optional.<FollowUp>empty();
    if (announcing.isEmpty()) {
      return Changed.quietly(this);
    }
    EthicsCase announced = withFollowUp(announcing.get());
    if (state == IN_FOLLOW_UP) {
      announced = announced.moveTo(RE_EVALUATION, "keeper", "re-evaluation due", now);
    }
    ReEvaluation due = announcing.get().reEvaluation().orElseThrow();
    return new Changed(
        announced, List.of(reEvaluationDue(due.dueDate(), due.trigger(), due.reason(), now)));
  }

  private ReEvaluationDue reEvaluationDue(
      LocalDate dueDate, ReEvaluationTrigger trigger, String reason, Instant now) {
    return new ReEvaluationDue(
        UUID.randomUUID(),
        now,
        id.value(),
        registerEntryIds,
        confidentiality,
        dueDate,
        trigger,
        reason);
  }

  // ---- participation --------------------------------------------------------------------------

  public Changed requestParticipation(ParticipationRequest request, Instant now) {
    requireState(
        "Requesting a resident conversation",
        EnumSet.of(IN_TRIAGE, IN_ASSESSMENT, ADVICE_DRAFT, RE_EVALUATION));
    return new Changed(
        with(p -> p.participation = participation.withRequest(request)),
        List.of(
            new ParticipationRequested(
                UUID.randomUUID(),
                now,
                id.value(),
                registerEntryIds,
                confidentiality,
                request.id(),
                request.question(),
                request.targetGroups())));
  }

  /** Attaches (or replaces, for a re-published report) a conversation's report. */
  public Changed attachParticipation(ParticipationInput input) {
    return Changed.quietly(with(p -> p.participation = participation.withReport(input)));
  }

  public Changed recordParticipationUse(UUID conversationId, String howUsed) {
    return Changed.quietly(
        with(p -> p.participation = participation.withUse(conversationId, howUsed)));
  }

  // ---- assessment ------------------------------------------------------------------------------

  public Changed startRun(InstrumentRun run) {
    requireState("Starting an instrument run", ASSESSING);
    return Changed.quietly(withAssessment(assessment.withRun(run)));
  }

  public Changed reviseRun(UUID runId, UnaryOperator<InstrumentRun> change) {
    requireState("Recording instrument work", ASSESSING);
    return Changed.quietly(withAssessment(assessment.withRunRevised(runId, change)));
  }

  public Changed reviseStep(UUID runId, String stepId, String author, String text, Instant now) {
    return reviseRun(runId, r -> r.withStepRevision(stepId, author, text, now));
  }

  public Changed assessValue(UUID runId, InstrumentRun.ValueAssessment value) {
    return reviseRun(runId, r -> r.withValue(value));
  }

  public Changed addDilemma(UUID runId, InstrumentRun.Dilemma dilemma) {
    return reviseRun(runId, r -> r.withDilemma(dilemma));
  }

  public Changed addRightsTest(UUID runId, InstrumentRun.RightsTest test) {
    return reviseRun(runId, r -> r.withRightsTest(test));
  }

  public Changed classifyAiAct(AiActAssessment classification) {
    requireState(
        "Classifying under the AI Act", EnumSet.complementOf(EnumSet.of(CLOSED, WITHDRAWN)));
    return Changed.quietly(withAssessment(assessment.classifiedAs(classification)));
  }

  public Changed recordDpiaStatus(String status) {
    return Changed.quietly(withAssessment(assessment.withDpiaStatus(status)));
  }

  // ---- subject and readers ----------------------------------------------------------------------

  public Changed linkRegisterEntry(UUID entryId) {
    if (registerEntryIds.contains(entryId)) {
      return Changed.quietly(this);
    }
    return Changed.quietly(with(p -> p.registerEntryIds = Lists.plus(registerEntryIds, entryId)));
  }

  public Changed changeConfidentiality(Confidentiality level) {
    CaseRuleViolation.require(level != null, "/confidentiality", "Choose a level.");
    return Changed.quietly(with(p -> p.confidentiality = level));
  }

  private void requireState(String operation, Set<CaseState> allowed) {
    if (!allowed.contains(state)) {
      throw new WrongState(operation, state, allowed);
    }
  }

  // ---- copying ---------------------------------------------------------------------------------

  private EthicsCase withFollowUp(FollowUp next) {
    return with(p -> p.followUp = next);
  }

  private EthicsCase withAssessment(Assessment next) {
    return with(p -> p.assessment = next);
  }

  private EthicsCase with(Consumer<Parts> change) {
    Parts p = new Parts(this);
    change.accept(p);
    return p.build();
  }

  /** The parts a command may replace; the identity, intake and opening never change. */
  private static final class Parts {
    private final EthicsCase c;
    CaseState state;
    Confidentiality confidentiality;
    List<UUID> registerEntryIds;
    Optional<Triage> triage;
    Assessment assessment;
    Participation participation;
    Optional<Advice> advice;
    Optional<Decision> decision;
    FollowUp followUp;
    List<StateChange> history;

    Parts(EthicsCase c) {
      this.c = c;
      state = c.state;
      confidentiality = c.confidentiality;
      registerEntryIds = c.registerEntryIds;
      triage = c.triage;
      assessment = c.assessment;
      participation = c.participation;
      advice = c.advice;
      decision = c.decision;
      followUp = c.followUp;
      history = c.history;
    }

    EthicsCase build() {
      return new EthicsCase(
          c.id,
          state,
          confidentiality,
          c.intake,
          registerEntryIds,
          c.opening,
          triage,
          assessment,
          participation,
          advice,
          decision,
          followUp,
          history);
    }
  }
}
