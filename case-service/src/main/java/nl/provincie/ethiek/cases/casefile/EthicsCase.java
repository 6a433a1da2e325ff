package nl.provincie.ethiek.cases.casefile;

import static nl.provincie.ethiek.cases.casefile.CaseState.*;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * An ethics case from intake to monitored decision. Immutable: every command returns the changed
 * case and the events it raised ({@link Changed}); the application service stores both, with an
 * audit entry, in one transaction.
 */
public record EthicsCase(
    CaseId id,
    CaseState state,
    Confidentiality confidentiality,
    Intake intake,
    List<UUID> registerEntryIds,
    Origin origin,
    String originReason,
    String catalogueVersion,
    Triage triage,
    AiActAssessment aiAct,
    String dpiaStatus,
    List<InstrumentRun> runs,
    List<ParticipationRequest> participationRequests,
    List<ParticipationInput> participationInputs,
    Advice advice,
    Decision decision,
    List<FollowUpAction> actions,
    List<Indicator> indicators,
    ReEvaluation reEvaluation,
    List<StateChange> history,
    Instant openedAt) {

  private static final Set<CaseState> ASSESSING =
      EnumSet.of(IN_ASSESSMENT, ADVICE_DRAFT, RE_EVALUATION);
  private static final Set<CaseState> FOLLOWING_UP =
      EnumSet.of(DECISION_RECEIVED, IN_FOLLOW_UP, RE_EVALUATION);
  private static final Set<CaseState> COMMAND_ONLY =
      EnumSet.of(NOT_ADMISSIBLE, REFERRED, ADVICE_DRAFT, DECISION_RECEIVED);

  public EthicsCase {
    registerEntryIds = Lists.copy(registerEntryIds);
    runs = Lists.copy(runs);
    participationRequests = Lists.copy(participationRequests);
    participationInputs = Lists.copy(participationInputs);
    actions = Lists.copy(actions);
    indicators = Lists.copy(indicators);
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
            origin,
            originReason,
            catalogueVersion,
            null,
            null,
            null,
            List.of(),
            List.of(),
            List.of(),
            null,
            null,
            List.of(),
            List.of(),
            null,
            List.of(new StateChange(null, SUBMITTED, actor, now, originReason)),
            now);
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
      moved = moved.with(b -> b.advice = advice.adopted(now));
      events.add(
          new AdviceAdopted(
              UUID.randomUUID(),
              now,
              id.value(),
              registerEntryIds,
              confidentiality,
              advice.kind(),
              advice.summary(),
              advice.conditions()));
    }
    if (state == RE_EVALUATION && target == IN_FOLLOW_UP && reEvaluation != null) {
      moved = moved.with(b -> b.reEvaluation = reEvaluation.next());
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
            .with(b -> b.triage = result);
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
    if (state == ADVICE_DRAFT) {
      return Changed.quietly(with(b -> b.advice = draft));
    }
    Lifecycle.check(state, ADVICE_DRAFT);
    return Changed.quietly(
        moveTo(ADVICE_DRAFT, actor, "advice drafted", now).with(b -> b.advice = draft));
  }

  public Changed recordDecision(Decision made, String actor, Instant now) {
    Lifecycle.check(state, DECISION_RECEIVED);
    EthicsCase decided =
        moveTo(DECISION_RECEIVED, actor, "decision: " + made.kind(), now)
            .with(
                b -> {
                  b.decision = made;
                  b.reEvaluation = ReEvaluation.afterDecision(made, reEvaluation);
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
        b -> {
          b.state = target;
          b.history = Lists.plus(history, change);
        });
  }

  // ---- follow-up, monitoring, re-evaluation ---------------------------------------------------

  public Changed addAction(FollowUpAction action) {
    requireState("Adding a follow-up action", FOLLOWING_UP);
    return Changed.quietly(with(b -> b.actions = Lists.plus(actions, action)));
  }

  public Changed updateAction(UUID actionId, ActionStatus status, List<String> evidence) {
    requireState("Updating a follow-up action", FOLLOWING_UP);
    CaseRuleViolation.require(status != null, "/status", "Give the new status.");
    CaseRuleViolation.require(
        status != ActionStatus.OVERDUE, "/status", "OVERDUE is detected, not set by hand.");
    FollowUpAction current = action(actionId);
    FollowUpAction updated = current.withStatus(status, evidence);
    return Changed.quietly(
        with(
            b ->
                b.actions =
                    actions.stream().map(a -> a.id().equals(actionId) ? updated : a).toList()));
  }

  /** Marks open actions past their due date as overdue, each once, raising FollowUpOverdue. */
  public Changed detectOverdue(LocalDate today, Instant now) {
    List<CaseEvent> events = new ArrayList<>();
    List<FollowUpAction> next = new ArrayList<>();
    for (FollowUpAction a : actions) {
      if (a.isOverdueOn(today) && a.status() != ActionStatus.OVERDUE) {
        next.add(a.markedOverdue(today));
        events.add(
            new FollowUpOverdue(
                UUID.randomUUID(),
                now,
                id.value(),
                registerEntryIds,
                confidentiality,
                a.id(),
                a.title(),
                a.owner(),
                a.dueDate()));
      } else {
        next.add(a);
      }
    }
    return new Changed(with(b -> b.actions = List.copyOf(next)), events);
  }

  public Changed addIndicator(Indicator indicator) {
    requireState("Adding a monitoring indicator", FOLLOWING_UP);
    return Changed.quietly(with(b -> b.indicators = Lists.plus(indicators, indicator)));
  }

  public Changed scheduleReEvaluation(ReEvaluation schedule) {
    requireState("Scheduling a re-evaluation", FOLLOWING_UP);
    return Changed.quietly(with(b -> b.reEvaluation = schedule));
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
            .with(
                b -> b.reEvaluation = ReEvaluation.triggered(reEvaluation, trigger, reason, today));
    return new Changed(
        moved,
        List.of(
            new ReEvaluationDue(
                UUID.randomUUID(),
                now,
                id.value(),
                registerEntryIds,
                confidentiality,
                today,
                trigger,
                reason)));
  }

  /** The keeper's daily look: a due re-evaluation is announced once and opens the re-evaluation. */
  public Changed announceDueReEvaluation(LocalDate today, Instant now) {
    if (reEvaluation == null || !reEvaluation.isDueOn(today) || !isOpen()) {
      return Changed.quietly(this);
    }
    EthicsCase announced = with(b -> b.reEvaluation = reEvaluation.announced());
    if (state == IN_FOLLOW_UP) {
      announced = announced.moveTo(RE_EVALUATION, "keeper", "re-evaluation due", now);
    }
    return new Changed(
        announced,
        List.of(
            new ReEvaluationDue(
                UUID.randomUUID(),
                now,
                id.value(),
                registerEntryIds,
                confidentiality,
                reEvaluation.dueDate(),
                reEvaluation.trigger(),
                reEvaluation.reason())));
  }

  // ---- participation --------------------------------------------------------------------------

  public Changed requestParticipation(ParticipationRequest request, Instant now) {
    requireState(
        "Requesting a resident conversation",
        EnumSet.of(IN_TRIAGE, IN_ASSESSMENT, ADVICE_DRAFT, RE_EVALUATION));
    return new Changed(
        with(b -> b.participationRequests = Lists.plus(participationRequests, request)),
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
    return Changed.quietly(
        with(b -> b.participationInputs = input.replacingIn(participationInputs)));
  }

  public Changed recordParticipationUse(UUID conversationId, String howUsed) {
    CaseRuleViolation.require(
        howUsed != null && !howUsed.isBlank(), "/howUsed", "Say how the input was used.");
    CaseRuleViolation.require(
        participationInputs.stream().anyMatch(p -> p.conversationId().equals(conversationId)),
        "/conversationId",
        "No report of conversation " + conversationId + " is attached to this case.");
    return Changed.quietly(
        with(
            b ->
                b.participationInputs =
                    participationInputs.stream()
                        .map(p -> p.conversationId().equals(conversationId) ? p.usedAs(howUsed) : p)
                        .toList()));
  }

  // ---- assessment ------------------------------------------------------------------------------

  public Changed startRun(InstrumentRun run) {
    requireState("Starting an instrument run", ASSESSING);
    return Changed.quietly(with(b -> b.runs = Lists.plus(runs, run)));
  }

  public Changed reviseRun(UUID runId, UnaryOperator<InstrumentRun> change) {
    requireState("Recording instrument work", ASSESSING);
    InstrumentRun updated = change.apply(run(runId));
    return Changed.quietly(
        with(b -> b.runs = runs.stream().map(r -> r.id().equals(runId) ? updated : r).toList()));
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

  public Changed classifyAiAct(AiActAssessment assessment) {
    requireState(
        "Classifying under the AI Act", EnumSet.complementOf(EnumSet.of(CLOSED, WITHDRAWN)));
    return Changed.quietly(with(b -> b.aiAct = assessment));
  }

  public Changed recordDpiaStatus(String status) {
    return Changed.quietly(with(b -> b.dpiaStatus = status));
  }

  public Changed linkRegisterEntry(UUID entryId) {
    if (registerEntryIds.contains(entryId)) {
      return Changed.quietly(this);
    }
    return Changed.quietly(with(b -> b.registerEntryIds = Lists.plus(registerEntryIds, entryId)));
  }

  public Changed changeConfidentiality(Confidentiality level) {
    CaseRuleViolation.require(level != null, "/confidentiality", "Choose a level.");
    return Changed.quietly(with(b -> b.confidentiality = level));
  }

  // ---- lookups ---------------------------------------------------------------------------------

  public InstrumentRun run(UUID runId) {
    return findRun(runId)
        .orElseThrow(() -> new CaseRuleViolation("/runId", "No instrument run " + runId + "."));
  }

  public Optional<InstrumentRun> findRun(UUID runId) {
    return runs.stream().filter(r -> r.id().equals(runId)).findFirst();
  }

  public FollowUpAction action(UUID actionId) {
    return actions.stream()
        .filter(a -> a.id().equals(actionId))
        .findFirst()
        .orElseThrow(() -> new CaseRuleViolation("/actionId", "No action " + actionId + "."));
  }

  private void requireState(String operation, Set<CaseState> allowed) {
    if (!allowed.contains(state)) {
      throw new WrongState(operation, state, allowed);
    }
  }

  // ---- copying ---------------------------------------------------------------------------------

  EthicsCase with(java.util.function.Consumer<Builder> change) {
    Builder b = new Builder(this);
    change.accept(b);
    return b.build();
  }

  /** Copies a case with some fields changed; records have no withers. */
  static final class Builder {
    CaseId id;
    CaseState state;
    Confidentiality confidentiality;
    Intake intake;
    List<UUID> registerEntryIds;
    Origin origin;
    String originReason;
    String catalogueVersion;
    Triage triage;
    AiActAssessment aiAct;
    String dpiaStatus;
    List<InstrumentRun> runs;
    List<ParticipationRequest> participationRequests;
    List<ParticipationInput> participationInputs;
    Advice advice;
    Decision decision;
    List<FollowUpAction> actions;
    List<Indicator> indicators;
    ReEvaluation reEvaluation;
    List<StateChange> history;
    Instant openedAt;

    Builder(EthicsCase c) {
      id = c.id;
      state = c.state;
      confidentiality = c.confidentiality;
      intake = c.intake;
      registerEntryIds = c.registerEntryIds;
      origin = c.origin;
      originReason = c.originReason;
      catalogueVersion = c.catalogueVersion;
      triage = c.triage;
      aiAct = c.aiAct;
      dpiaStatus = c.dpiaStatus;
      runs = c.runs;
      participationRequests = c.participationRequests;
      participationInputs = c.participationInputs;
      advice = c.advice;
      decision = c.decision;
      actions = c.actions;
      indicators = c.indicators;
      reEvaluation = c.reEvaluation;
      history = c.history;
      openedAt = c.openedAt;
    }

    EthicsCase build() {
      return new EthicsCase(
          id,
          state,
          confidentiality,
          intake,
          registerEntryIds,
          origin,
          originReason,
          catalogueVersion,
          triage,
          aiAct,
          dpiaStatus,
          runs,
          participationRequests,
          participationInputs,
          advice,
          decision,
          actions,
          indicators,
          reEvaluation,
          history,
          openedAt);
    }
  }
}
