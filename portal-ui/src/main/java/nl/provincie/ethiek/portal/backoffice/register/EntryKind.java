package nl.provincie.ethiek.portal.backoffice.register;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import nl.provincie.ethiek.portal.register.StandardThemes;

/**
 * The two kinds of register entries and what an editor can fill in for each; the value lists are
 * the register service's (national standard v1.0 and the platform register).
 */
enum EntryKind {
  ALGORITHM("algoritme", "algorithms", "algorithm", algorithmFields()),
  PLATFORM("platform", "platforms", "platform", platformFields());

  private final String slug;
  private final String collection;
  private final String detailKey;
  private final List<EntryFieldSpec> fields;

  EntryKind(String slug, String collection, String detailKey, List<EntryFieldSpec> fields) {
    this.slug = slug;
    this.collection = collection;
    this.detailKey = detailKey;
    this.fields = fields;
  }

  /** The kind's segment in the portal's address: algoritme, platform. */
  String slug() {
    return slug;
  }

  /** The service's collection path: /api/v1/algorithms, /api/v1/platforms. */
  String collection() {
    return collection;
  }

  /** The property of an entry's detail holding the fields: algorithm or platform. */
  String detailKey() {
    return detailKey;
  }

  List<EntryFieldSpec> fields() {
    return fields;
  }

  static Optional<EntryKind> fromSlug(String slug) {
    return Arrays.stream(values()).filter(kind -> kind.slug.equals(slug)).findFirst();
  }

  static Optional<EntryKind> fromWire(String name) {
    return Arrays.stream(values()).filter(kind -> kind.name().equals(name)).findFirst();
  }

  private static List<EntryFieldSpec> algorithmFields() {
    return List.of(
        EntryFieldSpec.text("name").asRequired(),
        EntryFieldSpec.area("description_short").asRequired(),
        EntryFieldSpec.text("organization").asRequired(),
        EntryFieldSpec.multi("category", StandardThemes.ALL),
        EntryFieldSpec.select("status", List.of("In ontwikkeling", "In gebruik", "Buiten gebruik"))
            .asRequired(),
        EntryFieldSpec.month("begin_date"),
        EntryFieldSpec.month("end_date"),
        EntryFieldSpec.text("contact_email").asRequired(),
        EntryFieldSpec.text("website"),
        EntryFieldSpec.select(
                "publication_category",
                List.of("Hoog-risico AI-systeem", "Impactvolle algoritmes", "Overige algoritmes"))
            .asRequired(),
        EntryFieldSpec.text("url"),
        EntryFieldSpec.area("goal"),
        EntryFieldSpec.area("proportionality"),
        EntryFieldSpec.area("human_intervention"),
        EntryFieldSpec.area("risks"),
        EntryFieldSpec.area("lawful_basis"),
        EntryFieldSpec.text("process_index_url"),
        EntryFieldSpec.area("impacttoetsen"),
        EntryFieldSpec.area("source_data"),
        EntryFieldSpec.area("methods_and_models"),
        EntryFieldSpec.text("provider"),
        EntryFieldSpec.text("publiccode"),
        EntryFieldSpec.text("tags"),
        EntryFieldSpec.select(
                "ai_act_role",
                List.of(
                    "Aanbieder", "Gebruiksverantwoordelijke", "Importeur", "Distributeur", "Geen"))
            .asInternal(),
        EntryFieldSpec.select(
                "ai_act_risk_group",
                List.of(
                    "Verboden AI-praktijk",
                    "Hoog-risico AI-systeem",
                    "Transparantieverplichting",
                    "Minimaal risico",
                    "Geen AI-systeem"))
            .asInternal(),
        EntryFieldSpec.date("dpia_date").asInternal(),
        EntryFieldSpec.text("dpia_link").asInternal(),
        EntryFieldSpec.date("iama_date").asInternal(),
        EntryFieldSpec.text("iama_link").asInternal(),
        EntryFieldSpec.date("fria_date").asInternal(),
        EntryFieldSpec.text("fria_link").asInternal());
  }

  private static List<EntryFieldSpec> platformFields() {
    return List.of(
        EntryFieldSpec.text("name").asRequired(),
        EntryFieldSpec.text("organization").asRequired(),
        EntryFieldSpec.area("description_short").asRequired(),
        EntryFieldSpec.select(
                "usage_status", List.of("In gebruik", "In verkenning", "Buiten gebruik"))
            .asRequired(),
        EntryFieldSpec.area("purpose").asRequired(),
        EntryFieldSpec.lines("audiences"),
        EntryFieldSpec.yesNo("paid_use"),
        EntryFieldSpec.area("paid_use_explanation"),
        EntryFieldSpec.area("data_shared"),
        EntryFieldSpec.text("managed_by"),
        EntryFieldSpec.text("account_url"),
        EntryFieldSpec.multi("category", StandardThemes.ALL),
        EntryFieldSpec.month("next_assessment_date"));
  }
}
