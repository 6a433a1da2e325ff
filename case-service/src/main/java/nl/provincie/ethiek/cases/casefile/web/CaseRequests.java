package nl.provincie.ethiek.cases.casefile.web;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.provincie.ethiek.cases.casefile.ActionStatus;
import nl.provincie.ethiek.cases.casefile.AdviceKind;
import nl.provincie.ethiek.cases.casefile.CaseState;
import nl.provincie.ethiek.cases.casefile.Confidentiality;
import nl.provincie.ethiek.cases.casefile.DecisionKind;
import nl.provincie.ethiek.cases.casefile.DecisionMaker;
import nl.provincie.ethiek.cases.casefile.ReEvaluationTrigger;
import nl.provincie.ethiek.cases.casefile.SubjectType;
import nl.provincie.ethiek.cases.casefile.TriageOutcome;
import nl.provincie.ethiek.cases.casefile.Verdict;

/** Request bodies of the case API. Field rules here; case rules in the domain. */
final class CaseRequests {

  private CaseRequests() {}

  @Serdeable
  record OpenCase(
      @NotBlank @Size(max = 200) String title,
      @NotBlank @Size(max = 2000) String centralQuestion,
      @Size(max = 10000) String description,
      @NotNull SubjectType subjectType,
      String theme,
      String requestingDepartment,
      @NotBlank String owner,
      @NotNull Confidentiality confidentiality,
      String problem,
      String goal,
      List<@NotNull String> affectedGroups,
      String data,
      String legalBasis,
      String supplier,
      List<@NotNull String> stakeholders,
      List<@NotNull String> attachments,
      List<@NotNull UUID> registerEntryIds) {}

  @Serdeable
  record Transition(@NotNull CaseState to, @Size(max = 2000) String reason) {}

  @Serdeable
  record Answer(@NotNull Verdict verdict, String rationale, String discipline) {}

  @Serdeable
  record TriageRequest(
      @NotNull @Valid Answer kanHet,
      @NotNull @Valid Answer magHet,
      @NotNull @Valid Answer willenWeHet,
      @NotNull TriageOutcome outcome,
      String referredTo) {}

  @Serdeable
  record AdviceRequest(
      @NotNull AdviceKind kind,
      @NotBlank @Size(max = 4000) String summary,
      @Size(max = 20000) String considerations,
      List<@NotNull String> conditions,
      String dissent) {}

  @Serdeable
  record DecisionRequest(
      @NotNull DecisionMaker decisionMaker,
      @NotNull DecisionKind decision,
      @NotBlank @Size(max = 4000) String summary,
      @Size(max = 10000) String motivation,
      @NotNull LocalDate decidedOn,
      LocalDate nextReviewDate) {}

  @Serdeable
  record ActionRequest(
      @NotBlank @Size(max = 500) String title,
      @NotBlank String owner,
      @NotNull LocalDate dueDate) {}

  @Serdeable
  record ActionUpdate(@NotNull ActionStatus status, List<@NotNull String> evidence) {}

  @Serdeable
  record IndicatorRequest(
      @NotBlank String name, String target, String latestValue, LocalDate measuredOn) {}

  @Serdeable
  record ScheduleRequest(
      @Min(1) @Max(60) Integer periodMonths,
      @NotNull LocalDate dueDate,
      ReEvaluationTrigger trigger,
      String reason) {}

  @Serdeable
  record TriggerRequest(@NotNull ReEvaluationTrigger trigger, @NotBlank String reason) {}

  @Serdeable
  record ParticipationRequestBody(
      @NotBlank @Size(max = 1000) String question, List<@NotNull String> targetGroups) {}

  @Serdeable
  record ParticipationUse(@NotBlank @Size(max = 4000) String howUsed) {}

  @Serdeable
  record ConfidentialityRequest(@NotNull Confidentiality confidentiality) {}

  @Serdeable
  record DpiaRequest(@NotBlank @Size(max = 200) String status) {}

  @Serdeable
  record AiActRequest(@NotNull @Size(min = 1) List<@NotNull @Valid AiActAnswer> answers) {}

  @Serdeable
  record AiActAnswer(@NotBlank String questionId, @NotBlank String answer) {}
}
