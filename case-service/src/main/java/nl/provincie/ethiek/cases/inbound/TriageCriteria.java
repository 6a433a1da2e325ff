package nl.provincie.ethiek.cases.inbound;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The criteria under which a published register entry proposes an ethics case (docs/adr/0011):
 * high-risk AI, an impactful algorithm, personal data, a resident-facing platform. Returns the
 * reasons that apply, none when nothing matches.
 */
final class TriageCriteria {

  static final String HIGH_RISK_AI = "hoog-risico AI-systeem";
  static final String IMPACTFUL = "impactvol algoritme";
  static final String PERSONAL_DATA = "verwerkt persoonsgegevens";
  static final String RESIDENT_FACING = "platform of toepassing gericht op inwoners";

  private TriageCriteria() {}

  static List<String> reasons(RegisterEntryPublished entry) {
    String category = lower(entry.publicationCategory());
    String risk = lower(entry.aiActRiskGroup());
    List<String> reasons = new ArrayList<>();
    if (category.contains("hoog-risico") || risk.contains("hoog") || risk.contains("high")) {
      reasons.add(HIGH_RISK_AI);
    }
    if (category.contains("impactvol")) {
      reasons.add(IMPACTFUL);
    }
    if (entry.personalData()) {
      reasons.add(PERSONAL_DATA);
    }
    if (entry.residentFacing() || lower(entry.kind()).contains("platform")) {
      reasons.add(RESIDENT_FACING);
    }
    return reasons;
  }

  private static String lower(String text) {
    return text.toLowerCase(Locale.ROOT);
  }
}
