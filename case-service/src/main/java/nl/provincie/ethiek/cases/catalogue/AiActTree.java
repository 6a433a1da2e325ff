package nl.provincie.ethiek.cases.catalogue;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.provincie.ethiek.cases.casefile.AiActAssessment;
import nl.provincie.ethiek.cases.casefile.AiActAssessment.RiskGroup;
import nl.provincie.ethiek.cases.casefile.CaseRuleViolation;

/**
 * The national decision aid for the EU AI Act (Beslishulp AI-verordening) in the version loaded.
 * Classifying walks the tree: the answers must follow the path the tree takes from its first
 * question, one question after the other (docs/adr/0033). The outcome is derived from the labels
 * the answers carry and the conclusion reached; a path that stops before a conclusion is an
 * assessment in progress.
 */
public record AiActTree(
    String version,
    String name,
    String firstQuestionId,
    Map<String, Question> questions,
    Map<String, String> conclusions) {

  public record Question(String id, String text, String category, List<Option> options) {

    /**
     * A screen between parts of the aid ("Naar risicogroep bepaling"): one answer that records
     * nothing. A path may pass it without answering.
     */
    boolean isInterstitial() {
      return options.size() == 1 && options.get(0).labels().isEmpty();
    }
  }

  /**
   * An answer of a question: where it leads, either directly ({@code nextQuestionId} or {@code
   * nextConclusionId}) or by the first of its redirects whose condition holds.
   */
  public record Option(
      String answer,
      List<String> labels,
      String nextQuestionId,
      String nextConclusionId,
      List<Redirect> redirects) {

    public Option {
      labels = List.copyOf(labels);
      redirects = List.copyOf(redirects);
    }
  }

  /**
   * One conditional step: to a question or to a conclusion when the condition on the labels
   * collected so far holds. The condition is checked when the catalogue loads.
   */
  public record Redirect(String condition, String nextQuestionId, String nextConclusionId) {
    public Redirect {
      LabelCondition.parse(condition);
    }

    boolean holdsFor(Set<String> labels) {
      return LabelCondition.parse(condition).holds(labels);
    }
  }

  /** Where a path goes after an answer: the next question, or the conclusion it ends in. */
  private record Step(String questionId, String conclusionId) {}

  public AiActTree {
    if (!questions.containsKey(firstQuestionId)) {
      throw new IllegalStateException("Decision tree " + version + " lacks its first question");
    }
  }

  public AiActAssessment classify(List<AiActAssessment.Answer> answers) {
    CaseRuleViolation.require(
        answers != null && !answers.isEmpty(), "/answers", "Answer at least the first question.");
    Set<String> labels = new LinkedHashSet<>();
    String expected = firstQuestionId;
    String conclusion = null;
    String previous = null;
    for (int i = 0; i < answers.size(); i++) {
      AiActAssessment.Answer given = answers.get(i);
      String pointer = "/answers/" + i;
      CaseRuleViolation.require(given != null, pointer, "An answer may not be null.");
      if (conclusion != null) {
        throw new CaseRuleViolation(
            pointer + "/questionId",
            "Question "
                + given.questionId()
                + " is not on the path: after question "
                + previous
                + " the decision tree ends in conclusion "
                + conclusion
                + ".");
      }
      for (int passes = 0;
          passes < questions.size()
              && !expected.equals(given.questionId())
              && questions.get(expected).isInterstitial();
          passes++) {
        Question passed = questions.get(expected);
        Step through = next(passed.options().get(0), labels);
        if (through == null || through.questionId() == null) {
          break;
        }
        previous = passed.id();
        expected = through.questionId();
      }
      if (!expected.equals(given.questionId())) {
        throw new CaseRuleViolation(
            pointer + "/questionId",
            (questions.containsKey(given.questionId())
                    ? "Question " + given.questionId() + " is not on the path: "
                    : "Decision tree " + version + " has no question " + given.questionId() + ": ")
                + (previous == null
                    ? "the decision tree starts with question " + expected
                    : "after question " + previous + " the decision tree asks question " + expected)
                + ".");
      }
      Question question = questions.get(expected);
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
      Step next = next(option, labels);
      if (next == null) {
        throw new CaseRuleViolation(
            pointer + "/answer",
            "After question "
                + question.id()
                + " answered '"
                + option.answer()
                + "' the decision tree has no next step for the answers given.");
      }
      previous = question.id();
      expected = next.questionId();
      conclusion = next.conclusionId();
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
        version,
        answers,
        List.copyOf(labels),
        roles,
        risk,
        transparency,
        fria,
        conclusion,
        conclusion == null ? expected : null);
  }

  private static Step next(Option option, Set<String> labels) {
    if (option.nextQuestionId() != null || option.nextConclusionId() != null) {
      return new Step(option.nextQuestionId(), option.nextConclusionId());
    }
    return option.redirects().stream()
        .filter(r -> r.holdsFor(labels))
        .findFirst()
        .map(r -> new Step(r.nextQuestionId(), r.nextConclusionId()))
        .orElse(null);
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
