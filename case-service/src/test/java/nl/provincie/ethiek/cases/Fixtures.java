package nl.provincie.ethiek.cases;

import java.time.LocalDate;
import java.time.ZoneId;

/** Small request bodies for tests. */
public final class Fixtures {

  /**
   * The day the tests' decisions are taken: today in the Netherlands, the day their advice is
   * adopted, since a decision may not be dated before its advice (issue 14 item 7).
   */
  public static LocalDate decidedOn() {
    return LocalDate.now(ZoneId.of("Europe/Amsterdam"));
  }

  private Fixtures() {}

  public static String newCase(String title, String confidentiality) {
    return """
        {"title":"%s","centralQuestion":"Willen we dit?","subjectType":"ALGORITHM",
         "confidentiality":"%s","owner":"Team Mobiliteit","affectedGroups":["weggebruikers"]}
        """
        .formatted(title, confidentiality);
  }

  public static String triage(String outcome) {
    return """
        {"kanHet":{"verdict":"YES","rationale":"Techniek werkt","discipline":"ICT"},
         "magHet":{"verdict":"UNCERTAIN","rationale":"Grondslag onduidelijk","discipline":"Juridisch"},
         "willenWeHet":{"verdict":"UNCERTAIN","rationale":"Raakt autonomie","discipline":"Ethiek"},
         "outcome":"%s"}
        """
        .formatted(outcome);
  }

  public static final String ADVICE =
      """
      {"kind":"WITH_CONDITIONS","summary":"Positief onder voorwaarden",
       "considerations":"Transparantie weegt zwaar","conditions":["Menselijke toets"],
       "dissent":"Een lid is tegen"}
      """;

  public static String decision(String kind, String motivation, String nextReview) {
    return decision(kind, motivation, decidedOn().toString(), nextReview);
  }

  public static String decision(
      String kind, String motivation, String decidedOn, String nextReview) {
    return """
        {"decisionMaker":"GS","decision":"%s","summary":"GS volgt het advies",
         "motivation":%s,"decidedOn":"%s","nextReviewDate":%s}
        """
        .formatted(
            kind,
            motivation == null ? "null" : "\"" + motivation + "\"",
            decidedOn,
            nextReview == null ? "null" : "\"" + nextReview + "\"");
  }

  /** Opens a case and brings it to DECISION_RECEIVED through the API; returns its id. */
  public static String decidedCase(CaseApi secretary, String title) {
    String id =
        CaseApi.firstId(
            secretary.ok(secretary.post("/api/v1/cases", newCase(title, "PUBLIC")), 201));
    secretary.ok(
        secretary.post("/api/v1/cases/" + id + "/transitions", transition("IN_TRIAGE")), 200);
    secretary.ok(secretary.put("/api/v1/cases/" + id + "/triage", triage("QUICK_SCAN")), 200);
    secretary.ok(secretary.put("/api/v1/cases/" + id + "/advice", ADVICE), 200);
    secretary.ok(
        secretary.post("/api/v1/cases/" + id + "/transitions", transition("ADVICE_ADOPTED")), 200);
    secretary.ok(
        secretary.post("/api/v1/cases/" + id + "/decision", decision("COMPLY", null, null)), 200);
    return id;
  }

  public static String transition(String to) {
    return "{\"to\":\"" + to + "\",\"reason\":\"test\"}";
  }
}
