package nl.provincie.ethiek.cases.casefile.service;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.provincie.ethiek.cases.casefile.*;

/**
 * A case as JSON: the document stored in {@code ethics_case.document} (and in the audit entries'
 * before and after) and the {@code ethicsCase} the API shows. Its shape is the flat one the case
 * had before it held parts, kept to the letter so stored documents still load and clients see no
 * change: an absent part is a null (left out of the JSON), an absent list is empty. Documents
 * written before a list existed lack it; reading them gives an empty list.
 */
@Serdeable
@Schema(
    name = "EthicsCase",
    description =
        "An ethics case from intake to monitored decision. Immutable: every command returns the"
            + " changed case and the events it raised (Changed); the application service stores"
            + " both, with an audit entry, in one transaction.")
public record CaseDocument(
    UUID id,
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

  public static CaseDocument of(EthicsCase c) {
    Opening opening = c.opening();
    Assessment assessment = c.assessment();
    FollowUp followUp = c.followUp();
    return new CaseDocument(
        c.id().value(),
        c.state(),
        c.confidentiality(),
        c.intake(),
        c.registerEntryIds(),
        opening.origin(),
        opening.reason().orElse(null),
        opening.catalogueVersion(),
        c.triage().orElse(null),
        assessment.aiAct().orElse(null),
        assessment.dpiaStatus().orElse(null),
        assessment.runs(),
        c.participation().requests(),
        c.participation().inputs(),
        c.advice().orElse(null),
        c.decision().orElse(null),
        followUp.actions(),
        followUp.indicators(),
        followUp.reEvaluation().orElse(null),
        c.history(),
        opening.openedAt());
  }

  public EthicsCase toCase() {
    return new EthicsCase(
        CaseId.of(id),
        state,
        confidentiality,
        intake,
        registerEntryIds,
        new Opening(origin, Optional.ofNullable(originReason), catalogueVersion, openedAt),
        Optional.ofNullable(triage),
        new Assessment(runs, Optional.ofNullable(aiAct), Optional.ofNullable(dpiaStatus)),
        new Participation(participationRequests, participationInputs),
        Optional.ofNullable(advice),
        Optional.ofNullable(decision),
        new FollowUp(actions, indicators, Optional.ofNullable(reEvaluation)),
        history);
  }
}
