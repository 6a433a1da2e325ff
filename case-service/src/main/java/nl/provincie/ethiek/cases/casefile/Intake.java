package nl.provincie.ethiek.cases.casefile;

import java.util.List;

/** What the requester tells the commission when a case is opened. */
public record Intake(
    String title,
    String centralQuestion,
    String description,
    SubjectType subjectType,
    String theme,
    String requestingDepartment,
    String owner,
    String problem,
    String goal,
    List<String> affectedGroups,
    String data,
    String legalBasis,
    String supplier,
    List<String> stakeholders,
    List<String> attachments) {

  public Intake {
    CaseRuleViolation.require(
        title != null && !title.isBlank(), "/intake/title", "A case needs a title.");
    CaseRuleViolation.require(
        centralQuestion != null && !centralQuestion.isBlank(),
        "/intake/centralQuestion",
        "A case needs a central question.");
    CaseRuleViolation.require(
        subjectType != null, "/intake/subjectType", "A case needs a subject type.");
    affectedGroups = Lists.copy(affectedGroups);
    stakeholders = Lists.copy(stakeholders);
    attachments = Lists.copy(attachments);
  }

  /** An intake with what every case needs and nothing else. */
  public static Intake of(String title, String centralQuestion, SubjectType subjectType) {
    return builder(title, centralQuestion, subjectType).build();
  }

  /** Starts an intake with what every case needs; name the rest, then {@link Builder#build()}. */
  public static Builder builder(String title, String centralQuestion, SubjectType subjectType) {
    return new Builder(title, centralQuestion, subjectType);
  }

  /** Names each optional part of an intake, so no two texts can trade places unnoticed. */
  public static final class Builder {
    private final String title;
    private final String centralQuestion;
    private final SubjectType subjectType;
    private String description;
    private String theme;
    private String requestingDepartment;
    private String owner;
    private String problem;
    private String goal;
    private List<String> affectedGroups;
    private String data;
    private String legalBasis;
    private String supplier;
    private List<String> stakeholders;
    private List<String> attachments;

    private Builder(String title, String centralQuestion, SubjectType subjectType) {
      this.title = title;
      this.centralQuestion = centralQuestion;
      this.subjectType = subjectType;
    }

    public Builder description(String text) {
      description = text;
      return this;
    }

    public Builder theme(String text) {
      theme = text;
      return this;
    }

    public Builder requestingDepartment(String department) {
      requestingDepartment = department;
      return this;
    }

    public Builder owner(String name) {
      owner = name;
      return this;
    }

    public Builder problem(String text) {
      problem = text;
      return this;
    }

    public Builder goal(String text) {
      goal = text;
      return this;
    }

    public Builder affectedGroups(List<String> groups) {
      affectedGroups = groups;
      return this;
    }

    public Builder data(String text) {
      data = text;
      return this;
    }

    public Builder legalBasis(String text) {
      legalBasis = text;
      return this;
    }

    public Builder supplier(String name) {
      supplier = name;
      return this;
    }

    public Builder stakeholders(List<String> names) {
      stakeholders = names;
      return this;
    }

    public Builder attachments(List<String> references) {
      attachments = references;
      return this;
    }

    /** The intake; its rules are checked here. */
    public Intake build() {
      return new Intake(
          title,
          centralQuestion,
          description,
          subjectType,
          theme,
          requestingDepartment,
          owner,
          problem,
          goal,
          affectedGroups,
          data,
          legalBasis,
          supplier,
          stakeholders,
          attachments);
    }
  }
}
