package nl.provincie.ethiek.register.entry;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules of the national standard v1.0 as the delivery API enforces them (see
 * ../shared/specs/algoritmeregister.md), plus ours for internal and platform fields. Every rule
 * reports a JSON pointer, so an editor sees each wrong field at once.
 */
public final class EntryRules {

  private static final Pattern YEAR_MONTH = Pattern.compile("^[0-9]{4}-(0[1-9]|1[0-2])$");
  private static final Pattern EMAIL =
      Pattern.compile("^[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}$");

  /** Texts that may hold the standard's HTML, with their limits counted without HTML. */
  private static final List<Object[]> LONG_TEXTS =
      List.of(
          new Object[] {"goal", 2500},
          new Object[] {"proportionality", 2500},
          new Object[] {"human_intervention", 2500},
          new Object[] {"risks", 2500},
          new Object[] {"lawful_basis", 2500},
          new Object[] {"impacttoetsen", 2500},
          new Object[] {"source_data", 2500},
          new Object[] {"methods_and_models", 5000},
          new Object[] {"tags", 2500});

  /** Required by the standard document for impactful algorithms and high-risk AI systems. */
  public static final List<String> REQUIRED_WHEN_IMPACTFUL =
      List.of(
          "goal",
          "proportionality",
          "human_intervention",
          "risks",
          "lawful_basis",
          "impacttoetsen",
          "source_data",
          "methods_and_models",
          "provider");

  private EntryRules() {}

  /** Field rules that hold for every saved version, draft or not. */
  public static List<FieldError> checkAlgorithm(AlgorithmFields fields, String at) {
    List<FieldError> errors = new ArrayList<>();
    if (fields == null) {
      errors.add(new FieldError(at, "is required"));
      return errors;
    }
    var map = fields.asApiMap();
    required(errors, at, "name", fields.name());
    required(errors, at, "description_short", fields.descriptionShort());
    required(errors, at, "organization", fields.organization());
    required(errors, at, "status", fields.status());
    required(errors, at, "contact_email", fields.contactEmail());
    required(errors, at, "publication_category", fields.publicationCategory());
    plain(errors, at, "name", fields.name(), 100);
    plain(errors, at, "description_short", fields.descriptionShort(), 400);
    plain(errors, at, "organization", fields.organization(), 100);
    plain(errors, at, "provider", fields.provider(), 200);
    oneOf(errors, at + "/status", fields.status(), AlgorithmFields.STATUSES);
    oneOf(
        errors,
        at + "/publication_category",
        fields.publicationCategory(),
        AlgorithmFields.PUBLICATION_CATEGORIES);
    for (int i = 0; i < fields.category().size(); i++) {
      oneOf(errors, at + "/category/" + i, fields.category().get(i), AlgorithmFields.THEMES);
    }
    if (Set.copyOf(fields.category()).size() != fields.category().size()) {
      errors.add(new FieldError(at + "/category", "lists a theme more than once"));
    }
    yearMonth(errors, at + "/begin_date", fields.beginDate());
    yearMonth(errors, at + "/end_date", fields.endDate());
    if (present(fields.endDate()) && !AlgorithmFields.OUT_OF_USE.equals(fields.status())) {
      errors.add(
          new FieldError(at + "/end_date", "is only allowed when the status is Buiten gebruik"));
    }
    if (present(fields.beginDate())
        && present(fields.endDate())
        && YEAR_MONTH.matcher(fields.beginDate()).matches()
        && YEAR_MONTH.matcher(fields.endDate()).matches()
        && YearMonth.parse(fields.endDate()).isBefore(YearMonth.parse(fields.beginDate()))) {
      errors.add(new FieldError(at + "/end_date", "lies before begin_date"));
    }
    contact(errors, at + "/contact_email", fields.contactEmail());
    https(errors, at + "/website", fields.website());
    https(errors, at + "/url", fields.url());
    https(errors, at + "/process_index_url", fields.processIndexUrl());
    https(errors, at + "/publiccode", fields.publiccode());
    for (Object[] text : LONG_TEXTS) {
      html(errors, at + "/" + text[0], (String) map.get(text[0]), (Integer) text[1]);
    }
    links(errors, at + "/lawful_basis_grouping", fields.lawfulBasisGrouping(), 100, true);
    links(errors, at + "/impacttoetsen_grouping", fields.impacttoetsenGrouping(), 500, false);
    links(errors, at + "/source_data_grouping", fields.sourceDataGrouping(), 500, true);
    return errors;
  }

  /** What publishing and delivering additionally need: the full description when impactful. */
  public static List<FieldError> checkPublishable(AlgorithmFields fields, String at) {
    List<FieldError> errors = new ArrayList<>();
    if (fields.needsFullDescription()) {
      var map = fields.asApiMap();
      for (String field : REQUIRED_WHEN_IMPACTFUL) {
        if (!map.containsKey(field)) {
          errors.add(
              new FieldError(at + "/" + field, "is required for " + fields.publicationCategory()));
        }
      }
    }
    return errors;
  }

  public static List<FieldError> checkInternal(InternalFields internal, String at) {
    List<FieldError> errors = new ArrayList<>();
    if (internal == null) {
      return errors;
    }
    oneOf(errors, at + "/ai_act_role", internal.aiActRole(), InternalFields.AI_ACT_ROLES);
    oneOf(
        errors,
        at + "/ai_act_risk_group",
        internal.aiActRiskGroup(),
        InternalFields.AI_ACT_RISK_GROUPS);
    date(errors, at + "/dpia_date", internal.dpiaDate());
    date(errors, at + "/iama_date", internal.iamaDate());
    date(errors, at + "/fria_date", internal.friaDate());
    https(errors, at + "/dpia_link", internal.dpiaLink());
    https(errors, at + "/iama_link", internal.iamaLink());
    https(errors, at + "/fria_link", internal.friaLink());
    for (int i = 0; i < internal.ethicsCaseIds().size(); i++) {
      String id = internal.ethicsCaseIds().get(i);
      if (id == null || id.isBlank() || id.length() > 100) {
        errors.add(new FieldError(at + "/ethics_case_ids/" + i, "must be a case id"));
      }
    }
    return errors;
  }

  public static List<FieldError> checkPlatform(PlatformFields fields, String at) {
    List<FieldError> errors = new ArrayList<>();
    if (fields == null) {
      errors.add(new FieldError(at, "is required"));
      return errors;
    }
    required(errors, at, "name", fields.name());
    required(errors, at, "organization", fields.organization());
    required(errors, at, "description_short", fields.descriptionShort());
    required(errors, at, "usage_status", fields.usageStatus());
    required(errors, at, "purpose", fields.purpose());
    plain(errors, at, "name", fields.name(), 100);
    plain(errors, at, "organization", fields.organization(), 100);
    plain(errors, at, "description_short", fields.descriptionShort(), 400);
    plain(errors, at, "managed_by", fields.managedBy(), 200);
    oneOf(errors, at + "/usage_status", fields.usageStatus(), PlatformFields.USAGE_STATUSES);
    html(errors, at + "/purpose", fields.purpose(), 2500);
    html(errors, at + "/paid_use_explanation", fields.paidUseExplanation(), 2500);
    html(errors, at + "/data_shared", fields.dataShared(), 2500);
    https(errors, at + "/account_url", fields.accountUrl());
    for (int i = 0; i < fields.audiences().size(); i++) {
      String audience = fields.audiences().get(i);
      if (!present(audience) || audience.length() > 200) {
        errors.add(new FieldError(at + "/audiences/" + i, "must be 1 to 200 characters"));
      }
    }
    for (int i = 0; i < fields.category().size(); i++) {
      oneOf(errors, at + "/category/" + i, fields.category().get(i), AlgorithmFields.THEMES);
    }
    yearMonth(errors, at + "/next_assessment_date", fields.nextAssessmentDate());
    var assessment = fields.latestAssessment();
    if (assessment != null) {
      String a = at + "/latest_assessment";
      required(errors, a, "date", assessment.date());
      required(errors, a, "outcome", assessment.outcome());
      yearMonth(errors, a + "/date", assessment.date());
      html(errors, a + "/outcome", assessment.outcome(), 2500);
      plain(errors, a, "method", assessment.method(), 200);
      for (int i = 0; i < assessment.values().size(); i++) {
        var score = assessment.values().get(i);
        required(errors, a + "/values/" + i, "value", score.value());
        oneOf(
            errors,
            a + "/values/" + i + "/negative_impact",
            score.negativeImpact(),
            PlatformFields.ValueScore.LEVELS);
        html(errors, a + "/values/" + i + "/explanation", score.explanation(), 2500);
      }
      if (present(fields.nextAssessmentDate())
          && YEAR_MONTH.matcher(fields.nextAssessmentDate()).matches()
          && present(assessment.date())
          && YEAR_MONTH.matcher(assessment.date()).matches()
          && !YearMonth.parse(fields.nextAssessmentDate())
              .isAfter(YearMonth.parse(assessment.date()))) {
        errors.add(
            new FieldError(at + "/next_assessment_date", "must lie after the latest assessment"));
      }
    }
    return errors;
  }

  public static List<FieldError> checkChangeNote(String note, String at) {
    List<FieldError> errors = new ArrayList<>();
    if (!present(note)) {
      errors.add(new FieldError(at, "is required: say what changed and why"));
    } else if (note.length() > 1000) {
      errors.add(new FieldError(at, "must be at most 1000 characters"));
    }
    return errors;
  }

  public static boolean isHttps(String value) {
    try {
      URI uri = new URI(value);
      return "https".equals(uri.getScheme()) && uri.getHost() != null && !uri.getHost().isBlank();
    } catch (URISyntaxException e) {
      return false;
    }
  }

  private static boolean present(String value) {
    return value != null && !value.isBlank();
  }

  private static void required(List<FieldError> errors, String at, String field, String value) {
    if (!present(value)) {
      errors.add(new FieldError(at + "/" + field, "is required"));
    }
  }

  private static void plain(
      List<FieldError> errors, String at, String field, String value, int max) {
    if (value == null) {
      return;
    }
    if (value.contains("<") || value.contains(">")) {
      errors.add(new FieldError(at + "/" + field, "must be plain text without HTML"));
    } else if (value.codePointCount(0, value.length()) > max) {
      errors.add(new FieldError(at + "/" + field, "must be at most " + max + " characters"));
    }
  }

  private static void html(List<FieldError> errors, String at, String value, int max) {
    if (value == null) {
      return;
    }
    var tag = Html.disallowedTag(value);
    if (tag.isPresent()) {
      errors.add(
          new FieldError(
              at,
              "may only use the HTML tags div, br, p, ul, ol and li without attributes; found "
                  + tag.get()));
    }
    int length = Html.lengthWithoutHtml(value);
    if (length > max) {
      errors.add(
          new FieldError(
              at, "must be at most " + max + " characters without HTML (is " + length + ")"));
    }
  }

  private static void oneOf(
      List<FieldError> errors, String at, String value, List<String> allowed) {
    if (value != null && !allowed.contains(value)) {
      errors.add(new FieldError(at, "must be one of: " + String.join(" | ", allowed)));
    }
  }

  private static void yearMonth(List<FieldError> errors, String at, String value) {
    if (present(value) && !YEAR_MONTH.matcher(value).matches()) {
      errors.add(new FieldError(at, "must be a month as YYYY-MM, e.g. 2023-01"));
    }
  }

  private static void date(List<FieldError> errors, String at, String value) {
    if (!present(value)) {
      return;
    }
    try {
      LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      errors.add(new FieldError(at, "must be a date as YYYY-MM-DD"));
    }
  }

  private static void contact(List<FieldError> errors, String at, String value) {
    if (!present(value)) {
      return;
    }
    if (value.length() > 500) {
      errors.add(new FieldError(at, "must be at most 500 characters"));
    } else if (!EMAIL.matcher(value).matches() && !isHttps(value)) {
      errors.add(new FieldError(at, "must be an e-mail address or a link starting with https://"));
    }
  }

  private static void https(List<FieldError> errors, String at, String value) {
    if (!present(value)) {
      return;
    }
    if (value.length() > 500) {
      errors.add(new FieldError(at, "must be at most 500 characters"));
    } else if (!isHttps(value)) {
      errors.add(new FieldError(at, "must be a link starting with https://"));
    }
  }

  private static void links(
      List<FieldError> errors,
      String at,
      List<LinkItem> items,
      int titleMax,
      boolean linkRequired) {
    for (int i = 0; i < items.size(); i++) {
      LinkItem item = items.get(i);
      String here = at + "/" + i;
      if (item == null) {
        errors.add(new FieldError(here, "must be an object with title and link"));
        continue;
      }
      required(errors, here, "title", item.title());
      plain(errors, here, "title", item.title(), titleMax);
      if (linkRequired) {
        required(errors, here, "link", item.link());
      }
      https(errors, here + "/link", item.link());
    }
  }
}
