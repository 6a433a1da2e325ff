package nl.provincie.ethiek.cases.maturity;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.provincie.ethiek.cases.casefile.CaseRuleViolation;
import nl.provincie.ethiek.cases.catalogue.MaturityModel;

/**
 * An organisation's self-assessment with the ODI Data Ethics Maturity Model in one year: a level (1
 * Initial .. 5 Optimising) for every question of the model version it used.
 */
public record MaturityScan(
    UUID id,
    String organisation,
    int year,
    String modelVersion,
    List<Answer> answers,
    String recordedBy,
    Instant recordedAt) {

  public MaturityScan {
    answers = List.copyOf(answers);
  }

  /** One answered question: the level chosen and, optionally, why. */
  public record Answer(String questionId, int level, String note) {}

  /** Checks the answers against the model: every question once, levels within the model's range. */
  public static MaturityScan record(
      MaturityModel model,
      UUID id,
      String organisation,
      int year,
      List<Answer> answers,
      String recordedBy,
      Instant now) {
    CaseRuleViolation.require(
        organisation != null && !organisation.isBlank(), "/organisation", "Name the organisation.");
    CaseRuleViolation.require(
        year >= 2000 && year <= 2100, "/year", "The year lies between 2000 and 2100.");
    CaseRuleViolation.require(answers != null, "/answers", "A scan answers the questions.");
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < answers.size(); i++) {
      Answer a = answers.get(i);
      String at = "/answers/" + i;
      CaseRuleViolation.require(
          a != null && a.questionId() != null && model.question(a.questionId()).isPresent(),
          at + "/questionId",
          "The model " + model.version() + " has no such question.");
      CaseRuleViolation.require(
          seen.add(a.questionId()), at + "/questionId", a.questionId() + " is answered twice.");
      CaseRuleViolation.require(
          a.level() >= 1 && a.level() <= model.levels().size(),
          at + "/level",
          "A level is 1 (" + model.levels().get(0) + ") to " + model.levels().size() + ".");
    }
    CaseRuleViolation.require(
        seen.size() == model.questionCount(),
        "/answers",
        "Answer all "
            + model.questionCount()
            + " questions of the model; "
            + (model.questionCount() - seen.size())
            + " are missing.");
    return new MaturityScan(
        id, organisation.strip(), year, model.version(), answers, recordedBy, now);
  }

  public int levelOf(String questionId) {
    return answers.stream()
        .filter(a -> a.questionId().equals(questionId))
        .mapToInt(Answer::level)
        .findFirst()
        .orElseThrow();
  }
}
