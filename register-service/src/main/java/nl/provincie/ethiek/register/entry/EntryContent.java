package nl.provincie.ethiek.register.entry;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything an entry says in one version: the algorithm fields (kind ALGORITHM) or the platform
 * fields (kind PLATFORM), the internal fields, and the ethics commission's latest assessment.
 */
public record EntryContent(
    AlgorithmFields algorithm,
    PlatformFields platform,
    InternalFields internal,
    CaseAssessment caseAssessment) {

  public EntryContent {
    internal = internal == null ? InternalFields.NONE : internal;
  }

  public static EntryContent ofAlgorithm(AlgorithmFields fields, InternalFields internal) {
    return new EntryContent(fields, null, internal, null);
  }

  public static EntryContent ofPlatform(PlatformFields fields, InternalFields internal) {
    return new EntryContent(null, fields, internal, null);
  }

  public EntryKind kind() {
    return algorithm != null ? EntryKind.ALGORITHM : EntryKind.PLATFORM;
  }

  public String name() {
    return algorithm != null ? algorithm.name() : platform.name();
  }

  public String organisation() {
    return algorithm != null ? algorithm.organization() : platform.organization();
  }

  public String description() {
    return algorithm != null ? algorithm.descriptionShort() : platform.descriptionShort();
  }

  public List<String> themes() {
    return algorithm != null ? algorithm.category() : platform.category();
  }

  public Optional<String> publicationCategory() {
    return algorithm == null
        ? Optional.empty()
        : Optional.ofNullable(algorithm.publicationCategory());
  }

  /** In ontwikkeling / In gebruik / Buiten gebruik, or for platforms In verkenning. */
  public String useStatus() {
    return algorithm != null ? algorithm.status() : platform.usageStatus();
  }

  public EntryContent withCaseAssessment(CaseAssessment assessment) {
    return new EntryContent(
        algorithm, platform, internal.withEthicsCase(assessment.caseId()), assessment);
  }

  /** Names of the fields that differ from {@code previous} (API names; internal.x; assessment). */
  public List<String> changedFieldsSince(EntryContent previous) {
    Map<String, Object> now = flatten();
    Map<String, Object> before = previous.flatten();
    return java.util.stream.Stream.concat(now.keySet().stream(), before.keySet().stream())
        .distinct()
        .filter(key -> !Objects.equals(now.get(key), before.get(key)))
        .toList();
  }

  private Map<String, Object> flatten() {
    Map<String, Object> map = new LinkedHashMap<>();
    if (algorithm != null) {
      map.putAll(algorithm.asApiMap());
    }
    if (platform != null) {
      for (var component : PlatformFields.class.getRecordComponents()) {
        map.put(snake(component.getName()), invoke(component, platform));
      }
    }
    for (var component : InternalFields.class.getRecordComponents()) {
      map.put("internal." + snake(component.getName()), invoke(component, internal));
    }
    map.put("case_assessment", caseAssessment);
    return map;
  }

  private static Object invoke(java.lang.reflect.RecordComponent component, Object target) {
    try {
      return component.getAccessor().invoke(target);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String snake(String camel) {
    return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
  }
}
