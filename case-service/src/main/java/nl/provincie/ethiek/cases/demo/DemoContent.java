package nl.provincie.ethiek.cases.demo;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.provincie.ethiek.cases.casefile.ActionStatus;
import nl.provincie.ethiek.cases.casefile.AdviceKind;
import nl.provincie.ethiek.cases.casefile.Confidentiality;
import nl.provincie.ethiek.cases.casefile.DecisionKind;
import nl.provincie.ethiek.cases.casefile.DecisionMaker;
import nl.provincie.ethiek.cases.casefile.Influence;
import nl.provincie.ethiek.cases.casefile.Intake;
import nl.provincie.ethiek.cases.casefile.TriageOutcome;
import nl.provincie.ethiek.cases.casefile.Verdict;

/**
 * The shape of {@code demo/cases.json}: the seed cases as structured data, written in Dutch in this
 * project's own words. A case with {@code followUp} stays in follow-up; one without is closed.
 * registerEntryIds are the ids of the register's demo entries the case assesses (the register
 * derives them from their source, docs/adr/0036). A case's intake fields (title, centralQuestion,
 * ..., stakeholders) stand beside its key and are read as the {@link Intake} they are.
 */
@Serdeable
record DemoContent(String source, List<DemoCase> cases) {

  @Serdeable
  record DemoCase(
      String key,
      @JsonUnwrapped Intake intake,
      Confidentiality confidentiality,
      String originReason,
      List<UUID> registerEntryIds,
      DemoTriage triage,
      DemoRun run,
      DemoAdvice advice,
      DemoDecision decision,
      DemoFollowUp followUp,
      String closingReason) {}

  @Serdeable
  record DemoAnswer(Verdict verdict, String rationale, String discipline) {}

  @Serdeable
  record DemoTriage(
      DemoAnswer kanHet, DemoAnswer magHet, DemoAnswer willenWeHet, TriageOutcome outcome) {}

  @Serdeable
  record DemoRun(
      String instrumentId,
      String version,
      String facilitator,
      String author,
      List<DemoParticipant> participants,
      List<DemoStep> steps,
      List<DemoValue> values) {}

  @Serdeable
  record DemoParticipant(String name, String role, String discipline) {}

  @Serdeable
  record DemoStep(String stepId, String text) {}

  @Serdeable
  record DemoValue(
      String framework,
      String value,
      Influence influence,
      String explanation,
      List<String> argumentsFor,
      List<String> argumentsAgainst) {}

  @Serdeable
  record DemoAdvice(
      AdviceKind kind, String summary, String considerations, List<String> conditions) {}

  /** The decision; decidedOn is a fact of the seed, the rest of the case is dated around it. */
  @Serdeable
  record DemoDecision(
      DecisionMaker decisionMaker,
      DecisionKind kind,
      String summary,
      String motivation,
      LocalDate decidedOn) {}

  @Serdeable
  record DemoFollowUp(
      List<DemoAction> actions,
      List<DemoIndicator> indicators,
      int reEvaluationEveryMonths,
      String reEvaluationReason) {}

  @Serdeable
  record DemoAction(String title, String owner, ActionStatus status) {}

  @Serdeable
  record DemoIndicator(String name, String target) {}
}
