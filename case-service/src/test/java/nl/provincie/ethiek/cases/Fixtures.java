package nl.provincie.ethiek.cases;

/** Small request bodies for tests. */
public final class Fixtures {

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
    return """
        {"decisionMaker":"GS","decision":"%s","summary":"GS volgt het advies",
         "motivation":%s,"decidedOn":"2026-01-15","nextReviewDate":%s}
        """
        .formatted(
            kind,
            motivation == null ? "null" : "\"" + motivation + "\"",
            nextReview == null ? "null" : "\"" + nextReview + "\"");
  }

  public static String transition(String to) {
    return "{\"to\":\"" + to + "\",\"reason\":\"test\"}";
  }
}
