package nl.provincie.ethiek.register.entry;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Two facts the case service's triage needs (docs/adr/0011), derived from what an entry says, by
 * rules an editor can check on the entry itself (docs/adr/0047).
 */
public final class TriageFacts {

  /** DPIA, GEB (its Dutch name) or either spelled out; a pre-scan is not the assessment itself. */
  private static final Pattern DPIA =
      Pattern.compile(
          "\\b(dpia|geb|data protection impact assessment|gegevensbeschermingseffectbeoordeling)\\b");

  private static final Pattern PRE_SCAN = Pattern.compile("\\bpre-?scan\\b");

  private TriageFacts() {}

  /**
   * Whether the entry processes personal data: a DPIA (GEB) is recorded for it, in the internal
   * DPIA date or link, or among the algorithm's impact assessments (impacttoetsen_grouping). A DPIA
   * is only done where personal data is processed, so its presence is the register's evidence.
   */
  public static boolean personalData(EntryContent content) {
    InternalFields internal = content.internal();
    if (filled(internal.dpiaDate()) || filled(internal.dpiaLink())) {
      return true;
    }
    return content.algorithm() != null
        && content.algorithm().impacttoetsenGrouping().stream()
            .map(LinkItem::title)
            .anyMatch(TriageFacts::namesDpia);
  }

  /**
   * Whether the entry's use affects residents directly: every platform (a channel through which the
   * province reaches residents), and algorithms the standard files as impactful or as high-risk AI
   * (the categories for algorithms with legal effect on, or significant influence over, people).
   */
  public static boolean residentFacing(EntryContent content) {
    if (content.kind() == EntryKind.PLATFORM) {
      return true;
    }
    return content.algorithm().needsFullDescription();
  }

  static boolean namesDpia(String title) {
    if (title == null) {
      return false;
    }
    String text = title.toLowerCase(Locale.ROOT);
    return DPIA.matcher(text).find() && !PRE_SCAN.matcher(text).find();
  }

  private static boolean filled(String value) {
    return value != null && !value.isBlank();
  }
}
