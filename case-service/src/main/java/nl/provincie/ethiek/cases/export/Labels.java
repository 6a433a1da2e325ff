package nl.provincie.ethiek.cases.export;

import java.util.Map;

/** Dutch names for the case's states and choices, as the reports show them. */
final class Labels {

  private static final Map<String, String> NL =
      Map.ofEntries(
          Map.entry("SUBMITTED", "Ingediend"),
          Map.entry("IN_TRIAGE", "In triage"),
          Map.entry("NOT_ADMISSIBLE", "Niet ontvankelijk"),
          Map.entry("REFERRED", "Doorverwezen"),
          Map.entry("IN_ASSESSMENT", "In beoordeling"),
          Map.entry("ADVICE_DRAFT", "Conceptadvies"),
          Map.entry("ADVICE_ADOPTED", "Advies vastgesteld"),
          Map.entry("DECISION_RECEIVED", "Besluit ontvangen"),
          Map.entry("IN_FOLLOW_UP", "In opvolging"),
          Map.entry("RE_EVALUATION", "In herbeoordeling"),
          Map.entry("CLOSED", "Afgesloten"),
          Map.entry("WITHDRAWN", "Ingetrokken"),
          Map.entry("PUBLIC", "Openbaar"),
          Map.entry("INTERNAL", "Intern"),
          Map.entry("CONFIDENTIAL", "Vertrouwelijk"),
          Map.entry("YES", "Ja"),
          Map.entry("NO", "Nee"),
          Map.entry("UNCERTAIN", "Onzeker"),
          Map.entry("NOT_ASSESSED", "Niet beoordeeld"),
          Map.entry("NONE", "Geen"),
          Map.entry("MODERATE", "Matig"),
          Map.entry("MUCH", "Veel"),
          Map.entry("POSITIVE", "Positief"),
          Map.entry("WITH_CONDITIONS", "Positief onder voorwaarden"),
          Map.entry("NEGATIVE", "Negatief"),
          Map.entry("NO_POSITION", "Geen standpunt"),
          Map.entry("FURTHER_RESEARCH", "Nader onderzoek"),
          Map.entry("COMPLY", "Advies gevolgd (pas toe)"),
          Map.entry("EXPLAIN", "Afgeweken van het advies (leg uit)"),
          Map.entry("GS", "Gedeputeerde Staten"),
          Map.entry("PS", "Provinciale Staten"),
          Map.entry("DIRECTIE", "Directie"),
          Map.entry("PROJECT_OWNER", "Projecteigenaar"),
          Map.entry("PLANNED", "Gepland"),
          Map.entry("IN_PROGRESS", "In uitvoering"),
          Map.entry("DONE", "Gereed"),
          Map.entry("VERIFIED", "Geverifieerd"),
          Map.entry("OVERDUE", "Over tijd"),
          Map.entry("CANCELLED", "Vervallen"),
          Map.entry("PERIODIC", "Periodiek"),
          Map.entry("CHANGE", "Wijziging"),
          Map.entry("INCIDENT", "Incident"),
          Map.entry("RESIDENT_SIGNAL", "Signaal van inwoners"),
          Map.entry("ALGORITHM", "Algoritme"),
          Map.entry("AI_SYSTEM", "AI-systeem"),
          Map.entry("DATA_PROJECT", "Dataproject"),
          Map.entry("SENSOR_CAMERA", "Sensor of camera"),
          Map.entry("PLATFORM", "Platform"),
          Map.entry("POLICY", "Beleid"),
          Map.entry("NO_ETHICAL_ISSUE", "Geen ethisch vraagstuk"),
          Map.entry("REFER", "Doorverwijzen"),
          Map.entry("QUICK_SCAN", "Quickscan"),
          Map.entry("FULL_ASSESSMENT", "Volledige beoordeling"),
          Map.entry("URGENT", "Urgent"));

  private Labels() {}

  static String nl(Enum<?> value) {
    return value == null ? null : NL.getOrDefault(value.name(), value.name());
  }
}
