package nl.provincie.ethiek.register.entry;

import java.util.List;

/**
 * What the province records beyond the national standard: the EU AI Act role and risk group, the
 * DPIA / IAMA / FRIA dates (YYYY-MM-DD) and links, and the ethics cases that assessed the entry.
 * Shown in the public detail, never sent to the national register nor put in the standard feed.
 */
public record InternalFields(
    String aiActRole,
    String aiActRiskGroup,
    String dpiaDate,
    String dpiaLink,
    String iamaDate,
    String iamaLink,
    String friaDate,
    String friaLink,
    List<String> ethicsCaseIds) {

  /** EU AI Act roles (art. 3): provider, deployer, importer, distributor; or none. */
  public static final List<String> AI_ACT_ROLES =
      List.of("Aanbieder", "Gebruiksverantwoordelijke", "Importeur", "Distributeur", "Geen");

  /** EU AI Act risk groups, plus "Geen AI-systeem" for algorithms outside the act. */
  public static final List<String> AI_ACT_RISK_GROUPS =
      List.of(
          "Verboden AI-praktijk",
          "Hoog-risico AI-systeem",
          "Transparantieverplichting",
          "Minimaal risico",
          "Geen AI-systeem");

  public static final InternalFields NONE =
      new InternalFields(null, null, null, null, null, null, null, null, List.of());

  public InternalFields {
    ethicsCaseIds = ethicsCaseIds == null ? List.of() : List.copyOf(ethicsCaseIds);
  }

  public InternalFields withEthicsCase(String caseId) {
    if (ethicsCaseIds.contains(caseId)) {
      return this;
    }
    List<String> ids = new java.util.ArrayList<>(ethicsCaseIds);
    ids.add(caseId);
    return new InternalFields(
        aiActRole, aiActRiskGroup, dpiaDate, dpiaLink, iamaDate, iamaLink, friaDate, friaLink, ids);
  }
}
