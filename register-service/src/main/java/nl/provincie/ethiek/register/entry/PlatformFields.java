package nl.provincie.ethiek.register.entry;

import java.util.List;

/**
 * A platform or channel the province uses or explores (the register the national standard lacks):
 * why, for whom, whether it pays for reach, what data is shared, and how its latest values
 * assessment came out. Dates of assessments are months (YYYY-MM), like the national standard's.
 */
public record PlatformFields(
    String name,
    String organization,
    String descriptionShort,
    String usageStatus,
    String purpose,
    List<String> audiences,
    Boolean paidUse,
    String paidUseExplanation,
    String dataShared,
    String managedBy,
    String accountUrl,
    List<String> category,
    PlatformAssessment latestAssessment,
    String nextAssessmentDate) {

  public static final String IN_USE = "In gebruik";
  public static final String EXPLORING = "In verkenning";
  public static final String STOPPED = "Buiten gebruik";
  public static final List<String> USAGE_STATUSES = List.of(IN_USE, EXPLORING, STOPPED);

  public PlatformFields {
    audiences = audiences == null ? List.of() : List.copyOf(audiences);
    category = category == null ? List.of() : List.copyOf(category);
  }

  /** The same platform with another next assessment month (YYYY-MM). */
  public PlatformFields withNextAssessmentDate(String month) {
    return new PlatformFields(
        name,
        organization,
        descriptionShort,
        usageStatus,
        purpose,
        audiences,
        paidUse,
        paidUseExplanation,
        dataShared,
        managedBy,
        accountUrl,
        category,
        latestAssessment,
        month);
  }

  /** The outcome of a values assessment (e.g. a CODIO session) and the score per value. */
  public record PlatformAssessment(
      String date, String method, String outcome, List<ValueScore> values) {
    public PlatformAssessment {
      values = values == null ? List.of() : List.copyOf(values);
    }
  }

  /** How much the platform's use weighs negatively on one value: Geen, Matig or Veel. */
  public record ValueScore(String value, String negativeImpact, String explanation) {
    public static final List<String> LEVELS = List.of("Geen", "Matig", "Veel");
  }
}
