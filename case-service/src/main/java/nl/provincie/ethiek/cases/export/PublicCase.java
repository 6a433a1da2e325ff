package nl.provincie.ethiek.cases.export;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.provincie.ethiek.cases.casefile.AdviceKind;
import nl.provincie.ethiek.cases.casefile.CaseState;
import nl.provincie.ethiek.cases.casefile.Confidentiality;
import nl.provincie.ethiek.cases.casefile.DecisionKind;
import nl.provincie.ethiek.cases.casefile.DecisionMaker;
import nl.provincie.ethiek.cases.casefile.EthicsCase;
import nl.provincie.ethiek.cases.casefile.ReEvaluation;
import nl.provincie.ethiek.cases.casefile.SubjectType;

/**
 * What anyone may read of a public case: the question, the adopted advice, the decision and the
 * follow-up status, and how resident conversations were used. Built only from PUBLIC cases; drafts,
 * dissent, triage, instrument work, participants and the audit trail stay inside.
 */
public record PublicCase(
    UUID id,
    String title,
    String centralQuestion,
    SubjectType subjectType,
    String theme,
    CaseState state,
    PublicAdvice advice,
    PublicDecision decision,
    FollowUpStatus followUp,
    Integer reEvaluationEveryMonths,
    List<PublicParticipation> participation) {

  /**
   * A resident conversation whose report reached the case and what the commission recorded about
   * its use ({@code howUsed}, null until recorded): the answer to "what happened with your input".
   */
  public record PublicParticipation(
      UUID conversationId,
      String title,
      int participantCount,
      int statementCount,
      Instant publishedAt,
      String howUsed) {}

  public record PublicAdvice(
      AdviceKind kind,
      String summary,
      String considerations,
      List<String> conditions,
      Instant adoptedAt) {}

  public record PublicDecision(
      DecisionMaker decisionMaker,
      DecisionKind kind,
      String summary,
      String motivation,
      LocalDate decidedOn) {}

  /** What anyone may read of a case on {@code today} (follow-up as of that day). */
  public static Optional<PublicCase> of(EthicsCase c, LocalDate today) {
    if (c.confidentiality() != Confidentiality.PUBLIC) {
      return Optional.empty();
    }
    return Optional.of(
        new PublicCase(
            c.id().value(),
            c.intake().title(),
            c.intake().centralQuestion(),
            c.intake().subjectType(),
            c.intake().theme(),
            c.state(),
            c.advice()
                .filter(a -> a.adoptedAt() != null)
                .map(
                    a ->
                        new PublicAdvice(
                            a.kind(),
                            a.summary(),
                            a.considerations(),
                            a.conditions(),
                            a.adoptedAt()))
                .orElse(null),
            c.decision()
                .map(
                    d ->
                        new PublicDecision(
                            d.decisionMaker(),
                            d.kind(),
                            d.summary(),
                            d.motivation(),
                            d.decidedOn()))
                .orElse(null),
            FollowUpStatus.of(c.followUp(), today),
            c.followUp().reEvaluation().map(ReEvaluation::periodMonths).orElse(null),
            c.participation().inputs().stream()
                .map(
                    p ->
                        new PublicParticipation(
                            p.conversationId(),
                            p.title(),
                            p.participantCount(),
                            p.statementCount(),
                            p.publishedAt(),
                            p.howUsed()))
                .toList()));
  }
}
