package nl.provincie.ethiek.cases.casefile;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * One use of a catalogue instrument (id and version) on a case: who took part, the sessions, the
 * responses per step with every revision kept, value assessments, dilemmas and rights tests.
 */
public record InstrumentRun(
    UUID id,
    String instrumentId,
    String instrumentVersion,
    String facilitator,
    List<Participant> participants,
    List<LocalDate> sessions,
    List<StepResponse> steps,
    List<ValueAssessment> values,
    List<Dilemma> dilemmas,
    List<RightsTest> rightsTests,
    Instant startedAt) {

  public InstrumentRun {
    CaseRuleViolation.require(
        instrumentId != null && instrumentVersion != null,
        "/instrumentId",
        "A run names its instrument and version.");
    participants = Lists.copy(participants);
    sessions = Lists.copy(sessions);
    steps = Lists.copy(steps);
    values = Lists.copy(values);
    dilemmas = Lists.copy(dilemmas);
    rightsTests = Lists.copy(rightsTests);
  }

  public record Participant(String name, String role, String discipline) {
    public Participant {
      CaseRuleViolation.require(
          role != null && !role.isBlank(), "/participants/role", "A participant has a role.");
      CaseRuleViolation.require(
          discipline != null && !discipline.isBlank(),
          "/participants/discipline",
          "A participant has a discipline.");
    }
  }

  /** The answer to one step; every revision is kept, the last one is current. */
  public record StepResponse(String stepId, List<Revision> revisions) {
    public StepResponse {
      revisions = Lists.copy(revisions);
    }
  }

  public record Revision(int number, String author, String text, Instant at) {
    public Revision {
      CaseRuleViolation.require(author != null && !author.isBlank(), "/author", "Who wrote it?");
      CaseRuleViolation.require(text != null && !text.isBlank(), "/text", "The text is empty.");
    }
  }

  /**
   * A value in the conversation: the degree of negative influence (null when the source recorded
   * only that the value was at stake), the explanation and the arguments on both sides.
   */
  public record ValueAssessment(
      UUID id,
      String framework,
      String valueId,
      String valueName,
      boolean catalogued,
      Influence influence,
      String explanation,
      List<String> argumentsFor,
      List<String> argumentsAgainst,
      List<String> disciplines) {
    public ValueAssessment {
      CaseRuleViolation.require(
          valueName != null && !valueName.isBlank(), "/value", "Name the value.");
      argumentsFor = Lists.copy(argumentsFor);
      argumentsAgainst = Lists.copy(argumentsAgainst);
      disciplines = Lists.copy(disciplines);
    }
  }

  /** Moreel beraad: option A against option B and the harm each does. */
  public record Dilemma(
      UUID id,
      String question,
      String optionA,
      String harmA,
      String optionB,
      String harmB,
      String conclusion) {
    public Dilemma {
      CaseRuleViolation.require(
          question != null && !question.isBlank(), "/question", "State the dilemma.");
      CaseRuleViolation.require(
          optionA != null && optionB != null, "/optionA", "A dilemma has two options.");
    }
  }

  /** IAMA part 4, the fundamental-rights roadmap, for one right. */
  public record RightsTest(
      UUID id,
      String right,
      String specificLaw,
      String severity,
      String goals,
      String effectiveness,
      String necessity,
      String proportionality,
      String conclusion) {
    public RightsTest {
      CaseRuleViolation.require(right != null && !right.isBlank(), "/right", "Name the right.");
    }
  }

  InstrumentRun withStepRevision(String stepId, String author, String text, Instant at) {
    List<StepResponse> next = new ArrayList<>();
    boolean found = false;
    for (StepResponse step : steps) {
      if (step.stepId().equals(stepId)) {
        found = true;
        next.add(
            new StepResponse(
                stepId,
                Lists.plus(
                    step.revisions(),
                    new Revision(step.revisions().size() + 1, author, text, at))));
      } else {
        next.add(step);
      }
    }
    if (!found) {
      next.add(new StepResponse(stepId, List.of(new Revision(1, author, text, at))));
    }
    return withRecords(next, values, dilemmas, rightsTests);
  }

  InstrumentRun withValue(ValueAssessment value) {
    return withRecords(steps, Lists.plus(values, value), dilemmas, rightsTests);
  }

  InstrumentRun withDilemma(Dilemma dilemma) {
    return withRecords(steps, values, Lists.plus(dilemmas, dilemma), rightsTests);
  }

  InstrumentRun withRightsTest(RightsTest test) {
    return withRecords(steps, values, dilemmas, Lists.plus(rightsTests, test));
  }

  /** The same run (instrument, people, sessions, start) with what was recorded in it replaced. */
  private InstrumentRun withRecords(
      List<StepResponse> steps,
      List<ValueAssessment> values,
      List<Dilemma> dilemmas,
      List<RightsTest> rightsTests) {
    return new InstrumentRun(
        id,
        instrumentId,
        instrumentVersion,
        facilitator,
        participants,
        sessions,
        steps,
        values,
        dilemmas,
        rightsTests,
        startedAt);
  }
}
