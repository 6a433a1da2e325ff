package nl.provincie.ethiek.cases.export;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.provincie.ethiek.cases.casefile.*;

/**
 * The machine-readable assessment card of a case: what was assessed, with which instruments and
 * versions, the values and their degree of negative influence, the triage and AI Act outcome, the
 * advice, the decision and the follow-up. Stable field names ({@link #FORMAT}).
 */
public record AssessmentCard(
    String format,
    UUID caseId,
    String title,
    String centralQuestion,
    SubjectType subjectType,
    CaseState state,
    Confidentiality confidentiality,
    List<UUID> registerEntryIds,
    String catalogueVersion,
    TriageCard triage,
    AiActCard aiAct,
    String dpiaStatus,
    List<InstrumentCard> instruments,
    AdviceCard advice,
    DecisionCard decision,
    FollowUpStatus followUp,
    Instant generatedAt) {

  public static final String FORMAT = "tag:ethiek.provincie.nl,2026:assessment-card/v1";

  public record TriageCard(
      TriageOutcome outcome, Verdict kanHet, Verdict magHet, Verdict willenWeHet) {}

  public record AiActCard(
      String treeVersion,
      String riskGroup,
      List<String> roles,
      boolean transparencyObligation,
      boolean friaRequired) {}

  public record InstrumentCard(
      String instrumentId,
      String instrumentVersion,
      int participants,
      List<String> disciplines,
      List<ValueCard> values,
      int dilemmas,
      int rightsTests) {}

  public record ValueCard(
      String framework, String valueId, String value, boolean catalogued, Influence influence) {}

  public record AdviceCard(
      AdviceKind kind, String summary, List<String> conditions, boolean adopted) {}

  public record DecisionCard(
      DecisionMaker decisionMaker,
      DecisionKind kind,
      String summary,
      LocalDate decidedOn,
      LocalDate nextReviewDate) {}

  public static AssessmentCard of(EthicsCase c, Instant now) {
    return new AssessmentCard(
        FORMAT,
        c.id().value(),
        c.intake().title(),
        c.intake().centralQuestion(),
        c.intake().subjectType(),
        c.state(),
        c.confidentiality(),
        c.registerEntryIds(),
        c.opening().catalogueVersion(),
        c.triage()
            .map(
                t ->
                    new TriageCard(
                        t.outcome(),
                        t.kanHet().verdict(),
                        t.magHet().verdict(),
                        t.willenWeHet().verdict()))
            .orElse(null),
        c.assessment()
            .aiAct()
            .map(
                ai ->
                    new AiActCard(
                        ai.treeVersion(),
                        String.valueOf(ai.riskGroup()),
                        ai.roles(),
                        ai.transparencyObligation(),
                        ai.friaRequired()))
            .orElse(null),
        c.assessment().dpiaStatus().orElse(null),
        c.assessment().runs().stream().map(AssessmentCard::instrument).toList(),
        c.advice()
            .map(a -> new AdviceCard(a.kind(), a.summary(), a.conditions(), a.adoptedAt() != null))
            .orElse(null),
        c.decision()
            .map(
                d ->
                    new DecisionCard(
                        d.decisionMaker(),
                        d.kind(),
                        d.summary(),
                        d.decidedOn(),
                        d.nextReviewDate()))
            .orElse(null),
        FollowUpStatus.of(c.followUp(), LocalDate.ofInstant(now, FollowUpStatus.PROVINCE)),
        now);
  }

  private static InstrumentCard instrument(InstrumentRun r) {
    return new InstrumentCard(
        r.instrumentId(),
        r.instrumentVersion(),
        r.participants().size(),
        r.participants().stream().map(InstrumentRun.Participant::discipline).distinct().toList(),
        r.values().stream()
            .map(
                v ->
                    new ValueCard(
                        v.framework(), v.valueId(), v.valueName(), v.catalogued(), v.influence()))
            .toList(),
        r.dilemmas().size(),
        r.rightsTests().size());
  }
}
