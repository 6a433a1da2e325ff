package nl.provincie.ethiek.cases.casefile;

import java.util.List;

/**
 * The EU AI Act classification of the case's subject, from the decision tree version named here:
 * the answers given, the role, the risk group, the transparency obligation and whether a
 * fundamental-rights impact assessment (FRIA, Art. 27) is required.
 */
public record AiActAssessment(
    String treeVersion,
    List<Answer> answers,
    List<String> labels,
    List<String> roles,
    RiskGroup riskGroup,
    boolean transparencyObligation,
    boolean friaRequired,
    String conclusionId,
    String nextQuestionId) {

  public AiActAssessment {
    answers = Lists.copy(answers);
    labels = Lists.copy(labels);
    roles = Lists.copy(roles);
  }

  public record Answer(String questionId, String answer) {}

  public enum RiskGroup {
    PROHIBITED,
    HIGH_RISK,
    NOT_HIGH_RISK,
    EXCEPTION,
    OUT_OF_SCOPE,
    UNDETERMINED
  }
}
