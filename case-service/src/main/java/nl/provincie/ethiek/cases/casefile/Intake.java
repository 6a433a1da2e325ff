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

  /** An intake with what every case needs, the rest empty: add to it with the withers. */
  public static Intake of(String title, String centralQuestion, SubjectType subjectType) {
    return new Intake(
        title,
        centralQuestion,
        null,
        subjectType,
        null,
        null,
        null,
        null,
        null,
        List.of(),
        null,
        null,
        null,
        List.of(),
        List.of());
  }

  public Intake withDescription(String text) {
    return new Intake(
        title,
        centralQuestion,
        text,
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

  public Intake withRequestingDepartment(String department) {
    return new Intake(
        title,
        centralQuestion,
        description,
        subjectType,
        theme,
        department,
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
