package nl.provincie.ethiek.cases.catalogue;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.provincie.ethiek.cases.casefile.AiActAssessment;
import nl.provincie.ethiek.cases.casefile.AiActAssessment.RiskGroup;
import nl.provincie.ethiek.cases.casefile.CaseRuleViolation;

/**
 * The national decision aid for the EU AI Act (Beslishulp AI-verordening) in the version loaded.
 * Classifying checks every answer against the tree and derives the outcome from the labels the
 * answers carry and the conclusion reached.
 */
public record AiActTree(
    String version, String name, Map<String, Question> questions, Map<String, String> conclusions) {

  public record Question(String id, String text, String category, List<Option> options) {}

  public record Option(
      String answer, List<String> labels, String nextQuestionId, String nextConclusionId) {}

  public AiActAssessment classify(List<AiActAssessment.Answer> answers) {
    CaseRuleViolation.require(
        answers != null && !answers.isEmpty(), "/answers", "Answer at least the first question.");
    Set<String> labels = new LinkedHashSet<>();
    String conclusion = null;
    for (int i = 0; i < answers.size(); i++) {
      AiActAssessment.Answer given = answers.get(i);
      String pointer = "/answers/" + i;
      Question question =
          Optional.ofNullable(questions.get(given.questionId()))
              .orElseThrow(
                  () ->
                      new CaseRuleViolation(
                          pointer + "/questionId",
                          "Decision tree "
                              + version
                              + " has no question "
                              + given.questionId()
                              + "."));
      Option option =
          question.options().stream()
              .filter(o -> o.answer().equals(given.answer()))
              .findFirst()
              .orElseThrow(
                  () ->
                      new CaseRuleViolation(
                          pointer + "/answer",
                          "Question "
                              + question.id()
                              + " has no answer '"
                              + given.answer()
                              + "'."));
      labels.addAll(option.labels());
      if (option.nextConclusionId() != null) {
        conclusion = option.nextConclusionId();
      }
    }
    List<String> roles = new ArrayList<>();
    for (String role :
        List.of("aanbieder", "gebruiksverantwoordelijke", "importeur", "distributeur")) {
      if (labels.contains(role)) {
        roles.add(role);
      }
    }
    RiskGroup risk = riskGroup(labels, conclusion);
    boolean transparency = labels.contains("transparantieverplichting");
    // Art. 27: deployers that are bodies governed by public law assess fundamental rights for
    // high-risk systems; a province that uses the system is such a deployer.
    boolean fria = risk == RiskGroup.HIGH_RISK && roles.contains("gebruiksverantwoordelijke");
    return new AiActAssessment(
        version, answers, List.copyOf(labels), roles, risk, transparency, fria, conclusion);
  }

  private static RiskGroup riskGroup(Set<String> labels, String conclusion) {
    if (labels.contains("verboden AI")) {
      return RiskGroup.PROHIBITED;
    }
    if (labels.contains("hoog-risico AI")) {
      return RiskGroup.HIGH_RISK;
    }
    if (labels.contains("uitzondering van toepassing")) {
      return RiskGroup.EXCEPTION;
    }
    if (labels.contains("geen hoog-risico AI")) {
      return RiskGroup.NOT_HIGH_RISK;
    }
    if (conclusion != null && conclusion.startsWith("11.")) {
      return RiskGroup.OUT_OF_SCOPE;
    }
    return RiskGroup.UNDETERMINED;
  }
}
