package nl.provincie.ethiek.register.entry;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every field of the national publication standard v1.0, under the delivery API's names (JSON in
 * snake_case, e.g. description_short). lang and standard_version are fixed and added on delivery.
 */
public record AlgorithmFields(
    String name,
    String descriptionShort,
    String organization,
    List<String> category,
    String status,
    String beginDate,
    String endDate,
    String contactEmail,
    String website,
    String publicationCategory,
    String url,
    String goal,
    String proportionality,
    String humanIntervention,
    String risks,
    String lawfulBasis,
    List<LinkItem> lawfulBasisGrouping,
    String processIndexUrl,
    List<LinkItem> impacttoetsenGrouping,
    String impacttoetsen,
    String sourceData,
    List<LinkItem> sourceDataGrouping,
    String methodsAndModels,
    String provider,
    String publiccode,
    String tags) {

  public static final String IN_DEVELOPMENT = "In ontwikkeling";
  public static final String IN_USE = "In gebruik";
  public static final String OUT_OF_USE = "Buiten gebruik";
  public static final List<String> STATUSES = List.of(IN_DEVELOPMENT, IN_USE, OUT_OF_USE);

  public static final String HIGH_RISK_AI = "Hoog-risico AI-systeem";
  public static final String IMPACTFUL = "Impactvolle algoritmes";
  public static final String OTHER = "Overige algoritmes";
  public static final List<String> PUBLICATION_CATEGORIES = List.of(HIGH_RISK_AI, IMPACTFUL, OTHER);

  /** The 16 themes of the standard; exact strings, diacritics included. */
  public static final List<String> THEMES =
      List.of(
          "Organisatie en bedrijfsvoering",
          "Cultuur en recreatie",
          "Economie",
          "Overheidsfinanciën",
          "Wonen",
          "Internationaal",
          "Migratie en integratie",
          "Natuur en milieu",
          "Onderwijs en wetenschap",
          "Openbare orde en veiligheid",
          "Recht",
          "Ruimte en infrastructuur",
          "Sociale zekerheid",
          "Verkeer",
          "Werk",
          "Zorg en gezondheid");

  public AlgorithmFields {
    category = category == null ? List.of() : List.copyOf(category);
    lawfulBasisGrouping =
        lawfulBasisGrouping == null ? List.of() : List.copyOf(lawfulBasisGrouping);
    impacttoetsenGrouping =
        impacttoetsenGrouping == null ? List.of() : List.copyOf(impacttoetsenGrouping);
    sourceDataGrouping = sourceDataGrouping == null ? List.of() : List.copyOf(sourceDataGrouping);
  }

  /** The same fields with the surrounding white space of the short texts removed. */
  public AlgorithmFields stripped() {
    return new AlgorithmFields(
        name.strip(),
        descriptionShort.strip(),
        organization.strip(),
        category,
        status,
        beginDate,
        endDate,
        contactEmail.strip(),
        website,
        publicationCategory,
        url,
        goal,
        proportionality,
        humanIntervention,
        risks,
        lawfulBasis,
        lawfulBasisGrouping,
        processIndexUrl,
        impacttoetsenGrouping,
        impacttoetsen,
        sourceData,
        sourceDataGrouping,
        methodsAndModels,
        provider,
        publiccode,
        tags);
  }

  /** Whether the standard document's descriptive fields are required (impactful and high-risk). */
  public boolean needsFullDescription() {
    return IMPACTFUL.equals(publicationCategory) || HIGH_RISK_AI.equals(publicationCategory);
  }

  /** The fields under their delivery-API names, empty ones left out, in the API's order. */
  public Map<String, Object> asApiMap() {
    Map<String, Object> map = new LinkedHashMap<>();
    put(map, "name", name);
    put(map, "description_short", descriptionShort);
    put(map, "organization", organization);
    put(map, "category", category);
    put(map, "status", status);
    put(map, "begin_date", beginDate);
    put(map, "end_date", endDate);
    put(map, "contact_email", contactEmail);
    put(map, "website", website);
    put(map, "publication_category", publicationCategory);
    put(map, "url", url);
    put(map, "goal", goal);
    put(map, "proportionality", proportionality);
    put(map, "human_intervention", humanIntervention);
    put(map, "risks", risks);
    put(map, "lawful_basis", lawfulBasis);
    put(map, "lawful_basis_grouping", links(lawfulBasisGrouping));
    put(map, "process_index_url", processIndexUrl);
    put(map, "impacttoetsen_grouping", links(impacttoetsenGrouping));
    put(map, "impacttoetsen", impacttoetsen);
    put(map, "source_data", sourceData);
    put(map, "source_data_grouping", links(sourceDataGrouping));
    put(map, "methods_and_models", methodsAndModels);
    put(map, "provider", provider);
    put(map, "publiccode", publiccode);
    put(map, "tags", tags);
    return map;
  }

  private static List<Map<String, String>> links(List<LinkItem> items) {
    return items.stream()
        .map(
            item -> {
              Map<String, String> map = new LinkedHashMap<>();
              map.put("title", item.title());
              if (item.link() != null && !item.link().isBlank()) {
                map.put("link", item.link());
              }
              return map;
            })
        .toList();
  }

  private static void put(Map<String, Object> map, String key, Object value) {
    if (value == null
        || (value instanceof String text && text.isBlank())
        || (value instanceof List<?> list && list.isEmpty())) {
      return;
    }
    map.put(key, value);
  }
}
