package nl.provincie.ethiek.cases.casefile.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import nl.provincie.ethiek.cases.CaseRoles;
import nl.provincie.ethiek.cases.audit.AuditEntry;
import nl.provincie.ethiek.cases.audit.store.AuditTrail;
import nl.provincie.ethiek.cases.casefile.*;
import nl.provincie.ethiek.cases.casefile.CaseId;
import nl.provincie.ethiek.cases.casefile.service.Actor;
import nl.provincie.ethiek.cases.casefile.service.CaseFiles;
import nl.provincie.ethiek.cases.catalogue.Catalogue;
import nl.provincie.ethiek.cases.signal.IntakeSignals;
import nl.provincie.ethiek.servicekit.problem.ProblemException;
import nl.provincie.ethiek.servicekit.problem.ProblemType;
import nl.provincie.ethiek.servicekit.security.Roles;

/** Case intake, triage, lifecycle, advice, decision, follow-up and re-evaluation. */
@Controller("/api/v1/cases")
@Tag(name = "Cases")
@Secured({Roles.COMMISSION_MEMBER, Roles.SECRETARY, Roles.ETHICS_OFFICER})
class CaseController {

  static final ZoneId PROVINCE = ZoneId.of("Europe/Amsterdam");

  private final CaseFiles cases;
  private final Catalogue catalogue;
  private final AuditTrail audit;
  private final IntakeSignals registerEntries;

  CaseController(
      CaseFiles cases, Catalogue catalogue, AuditTrail audit, IntakeSignals registerEntries) {
    this.cases = cases;
    this.catalogue = catalogue;
    this.audit = audit;
    this.registerEntries = registerEntries;
  }

  @Post
  @Status(HttpStatus.CREATED)
  @Operation(summary = "Open a case (intake); it starts SUBMITTED")
  HttpResponse<CaseView> open(@Body @Valid CaseRequests.OpenCase r, Authentication auth) {
    Actor actor = Callers.of(auth);
    List<UUID> entries = r.registerEntryIds() == null ? List.of() : r.registerEntryIds();
    for (int i = 0; i < entries.size(); i++) {
      requireKnown(entries.get(i), "/registerEntryIds/" + i);
    }
    Intake intake =
        Intake.builder(r.title(), r.centralQuestion(), r.subjectType())
            .description(r.description())
            .theme(r.theme())
            .requestingDepartment(r.requestingDepartment())
            .owner(r.owner())
            .problem(r.problem())
            .goal(r.goal())
            .affectedGroups(r.affectedGroups())
            .data(r.data())
            .legalBasis(r.legalBasis())
            .supplier(r.supplier())
            .stakeholders(r.stakeholders())
            .attachments(r.attachments())
            .build();
    Changed opened =
        EthicsCase.open(
            CaseId.random(),
            intake,
            r.confidentiality(),
            r.registerEntryIds(),
            Origin.REQUEST,
            "Aangevraagd door " + actor.name(),
            catalogue.version(),
            actor.name(),
            cases.now());
    EthicsCase c = cases.create(opened, actor, "case opened");
    return HttpResponse.created(CaseView.of(c), URI.create("/api/v1/cases/" + c.id()));
  }

  @Get
  @Secured({
    Roles.COMMISSION_MEMBER,
    Roles.SECRETARY,
    Roles.ETHICS_OFFICER,
    CaseRoles.VIEWER,
    Roles.MODERATOR
  })
  @Operation(
      summary =
          "Cases the caller may read, newest first; optionally one state. Moderators list them to"
              + " link a conversation to its case")
  CaseView.Page list(@QueryValue @Nullable CaseState state, Authentication auth) {
    List<CaseView.Summary> items =
        cases.all(Callers.of(auth)).stream()
            .filter(c -> state == null || c.state() == state)
            .map(CaseView.Summary::of)
            .toList();
    return new CaseView.Page(items, items.size());
  }

  @Get("/{id}")
  @Secured({Roles.COMMISSION_MEMBER, Roles.SECRETARY, Roles.ETHICS_OFFICER, CaseRoles.VIEWER})
  @Operation(summary = "One case with the states it may move to")
  CaseView get(UUID id, Authentication auth) {
    return CaseView.of(cases.get(id, Callers.of(auth)));
  }

  @Get("/{id}/audit")
  @Operation(summary = "The case's audit entries: actor, time, action, before and after, hashes")
  List<AuditEntry> auditTrail(UUID id, Authentication auth) {
    cases.get(id, Callers.of(auth));
    return audit.forCase(id);
  }

  @Post("/{id}/transitions")
  @Operation(summary = "Move the case along its lifecycle; illegal moves are refused (409)")
  CaseView transition(UUID id, @Body @Valid CaseRequests.Transition r, Authentication auth) {
    Actor actor = Callers.of(auth);
    if (r.to() == CaseState.ADVICE_ADOPTED
        && !auth.getRoles().contains(Roles.COMMISSION_MEMBER)
        && !auth.getRoles().contains(Roles.SECRETARY)) {
      throw new ProblemException(
          ProblemType.FORBIDDEN,
          io.micronaut.http.HttpStatus.FORBIDDEN,
          "Only the commission (member or secretary) adopts advice.");
    }
    return change(
        id,
        actor,
        "transition to " + r.to(),
        c -> c.transition(r.to(), actor.name(), r.reason(), cases.now()));
  }

  @Put("/{id}/triage")
  @Operation(summary = "Record the triage: kan het / mag het / willen we het and the route")
  CaseView triage(UUID id, @Body @Valid CaseRequests.TriageRequest r, Authentication auth) {
    Actor actor = Callers.of(auth);
    Triage triage =
        new Triage(
            answer(r.kanHet()),
            answer(r.magHet()),
            answer(r.willenWeHet()),
            r.outcome(),
            r.referredTo(),
            actor.name(),
            cases.now());
    return change(id, actor, "triage", c -> c.recordTriage(triage, actor.name(), cases.now()));
  }

  @Put("/{id}/advice")
  @Operation(summary = "Draft (or revise the draft of) the commission's advice")
  CaseView advice(UUID id, @Body @Valid CaseRequests.AdviceRequest r, Authentication auth) {
    Actor actor = Callers.of(auth);
    Advice draft =
        new Advice(
            r.kind(),
            r.summary(),
            r.considerations(),
            r.conditions(),
            r.dissent(),
            cases.now(),
            null);
    return change(
        id, actor, "advice drafted", c -> c.draftAdvice(draft, actor.name(), cases.now()));
  }

  @Post("/{id}/decision")
  @Operation(summary = "Record the decision: comply with the advice or explain why not")
  CaseView decision(UUID id, @Body @Valid CaseRequests.DecisionRequest r, Authentication auth) {
    Actor actor = Callers.of(auth);
    Decision decision =
        new Decision(
            r.decisionMaker(),
            r.decision(),
            r.summary(),
            r.motivation(),
            r.decidedOn(),
            r.nextReviewDate());
    return change(
        id, actor, "decision recorded", c -> c.recordDecision(decision, actor.name(), cases.now()));
  }

  @Post("/{id}/actions")
  @Status(HttpStatus.CREATED)
  @Operation(summary = "Add a follow-up action (owner, due date)")
  HttpResponse<CaseView> addAction(
      UUID id, @Body @Valid CaseRequests.ActionRequest r, Authentication auth) {
    FollowUpAction action =
        new FollowUpAction(
            UUID.randomUUID(),
            r.title(),
            r.owner(),
            r.dueDate(),
            ActionStatus.PLANNED,
            List.of(),
            null);
    CaseView view =
        change(id, Callers.of(auth), "action added: " + r.title(), c -> c.addAction(action));
    return HttpResponse.created(
        view, URI.create("/api/v1/cases/" + id + "/actions/" + action.id()));
  }

  @Post("/{id}/actions/{actionId}/status")
  @Operation(summary = "Update an action's status, adding evidence")
  CaseView updateAction(
      UUID id, UUID actionId, @Body @Valid CaseRequests.ActionUpdate r, Authentication auth) {
    return change(
        id,
        Callers.of(auth),
        "action " + actionId + " " + r.status(),
        c -> c.updateAction(actionId, r.status(), r.evidence()));
  }

  @Post("/{id}/indicators")
  @Operation(summary = "Add a monitoring indicator")
  CaseView addIndicator(
      UUID id, @Body @Valid CaseRequests.IndicatorRequest r, Authentication auth) {
    Indicator indicator =
        new Indicator(UUID.randomUUID(), r.name(), r.target(), r.latestValue(), r.measuredOn());
    return change(
        id, Callers.of(auth), "indicator added: " + r.name(), c -> c.addIndicator(indicator));
  }

  @Put("/{id}/re-evaluation")
  @Operation(
      summary = "Schedule the re-evaluation: a due date, optionally repeating every N months")
  CaseView schedule(UUID id, @Body @Valid CaseRequests.ScheduleRequest r, Authentication auth) {
    ReEvaluation schedule =
        new ReEvaluation(
            r.periodMonths(),
            r.dueDate(),
            r.trigger() == null ? ReEvaluationTrigger.PERIODIC : r.trigger(),
            r.reason(),
            null);
    return change(
        id, Callers.of(auth), "re-evaluation scheduled", c -> c.scheduleReEvaluation(schedule));
  }

  @Post("/{id}/re-evaluation/trigger")
  @Operation(
      summary =
          "Start a re-evaluation now, triggered by a change, an incident or a resident signal")
  CaseView trigger(UUID id, @Body @Valid CaseRequests.TriggerRequest r, Authentication auth) {
    Actor actor = Callers.of(auth);
    return change(
        id,
        actor,
        "re-evaluation triggered: " + r.trigger(),
        c ->
            c.triggerReEvaluation(
                r.trigger(), r.reason(), actor.name(), LocalDate.now(PROVINCE), cases.now()));
  }

  @Post("/{id}/participation-requests")
  @Operation(summary = "Ask the participation service for a resident conversation")
  CaseView requestParticipation(
      UUID id, @Body @Valid CaseRequests.ParticipationRequestBody r, Authentication auth) {
    ParticipationRequest request =
        new ParticipationRequest(UUID.randomUUID(), r.question(), r.targetGroups(), cases.now());
    return change(
        id,
        Callers.of(auth),
        "participation requested",
        c -> c.requestParticipation(request, cases.now()));
  }

  @Post("/{id}/participation/{conversationId}/use")
  @Operation(summary = "Record how a resident conversation's outcome was used")
  CaseView useParticipation(
      UUID id,
      UUID conversationId,
      @Body @Valid CaseRequests.ParticipationUse r,
      Authentication auth) {
    return change(
        id,
        Callers.of(auth),
        "participation use recorded",
        c -> c.recordParticipationUse(conversationId, r.howUsed()));
  }

  @Put("/{id}/ai-act")
  @Operation(summary = "Classify under the EU AI Act with the catalogue's decision tree")
  CaseView aiAct(UUID id, @Body @Valid CaseRequests.AiActRequest r, Authentication auth) {
    AiActAssessment assessment =
        catalogue
            .aiAct()
            .classify(
                r.answers().stream()
                    .map(a -> new AiActAssessment.Answer(a.questionId(), a.answer()))
                    .toList());
    return change(
        id,
        Callers.of(auth),
        "AI Act classified: " + assessment.riskGroup(),
        c -> c.classifyAiAct(assessment));
  }

  @Put("/{id}/dpia")
  @Operation(summary = "Record the DPIA status")
  CaseView dpia(UUID id, @Body @Valid CaseRequests.DpiaRequest r, Authentication auth) {
    return change(
        id, Callers.of(auth), "DPIA status: " + r.status(), c -> c.recordDpiaStatus(r.status()));
  }

  @Put("/{id}/confidentiality")
  @Operation(summary = "Change who may read the case")
  CaseView confidentiality(
      UUID id, @Body @Valid CaseRequests.ConfidentialityRequest r, Authentication auth) {
    return change(
        id,
        Callers.of(auth),
        "confidentiality: " + r.confidentiality(),
        c -> c.changeConfidentiality(r.confidentiality()));
  }

  @Post("/{id}/register-entries/{entryId}")
  @Operation(summary = "Link a register entry (algorithm or platform) the case assesses")
  CaseView link(UUID id, UUID entryId, Authentication auth) {
    requireKnown(entryId, "/entryId");
    return change(
        id,
        Callers.of(auth),
        "register entry linked: " + entryId,
        c -> c.linkRegisterEntry(entryId));
  }

  private CaseView change(
      UUID id,
      Actor actor,
      String action,
      java.util.function.Function<EthicsCase, Changed> command) {
    return CaseView.of(cases.change(id, actor, action, command));
  }

  /** Only entries the register has published to this service may be linked (docs/adr/0033). */
  private void requireKnown(UUID entryId, String pointer) {
    CaseRuleViolation.require(
        registerEntries.knowsRegisterEntry(entryId),
        pointer,
        "The register has not published an entry "
            + entryId
            + " to the case service (yet); link entries that are in the register.");
  }

  private static TriageAnswer answer(CaseRequests.Answer a) {
    return new TriageAnswer(a.verdict(), a.rationale(), a.discipline());
  }
}
