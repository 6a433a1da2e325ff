package nl.provincie.ethiek.cases.inbound;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The criteria under which a register entry proposes an ethics case (PRODUCT.md): high-risk AI, an
 * impactful algorithm, personal data, a resident-facing platform. Reads the register's optional
 * fields tolerantly (docs/adr/0011); returns the reasons that apply, none when nothing matches.
 */
final class TriageCriteria {

  private TriageCriteria() {}

  static List<String> reasons(Map<String, Object> entry) {
    List<String> reasons = new ArrayList<>();
    String category = text(entry, "publicationCategory", "publication_category");
    String risk = text(entry, "aiActRiskGroup", "aiActRisk", "riskGroup");
    if (category.contains("hoog-risico") || risk.contains("hoog") || risk.contains("high")) {
      reasons.add("hoog-risico AI-systeem");
    }
    if (category.contains("impactvol")) {
      reasons.add("impactvol algoritme");
    }
    if (flag(entry, "personalData", "processesPersonalData", "personal_data")) {
      reasons.add("verwerkt persoonsgegevens");
    }
    String kind = text(entry, "kind", "type", "entryType");
    if (flag(entry, "residentFacing", "resident_facing") || kind.contains("platform")) {
      reasons.add("platform of toepassing gericht op inwoners");
    }
    return reasons;
  }

  private static String text(Map<String, Object> entry, String... names) {
    for (String name : names) {
      Object value = entry.get(name);
      if (value != null) {
        return String.valueOf(value).toLowerCase(Locale.ROOT);
      }
    }
    return "";
  }

  private static boolean flag(Map<String, Object> entry, String... names) {
    for (String name : names) {
      Object value = entry.get(name);
      if (Boolean.TRUE.equals(value) || "true".equalsIgnoreCase(String.valueOf(value))) {
        return true;
      }
    }
    return false;
  }
}
