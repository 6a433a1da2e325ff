package nl.provincie.ethiek.cases.catalogue;

import java.util.List;
import java.util.Optional;

/**
 * The instrument catalogue: versioned data loaded at start-up (docs/adr/0010), never code. An
 * instrument is identified by id and version; a new version is a new entry beside the old one, so
 * cases that used the old one keep pointing at what they used.
 */
public record Catalogue(
    String version,
    List<Instrument> instruments,
    List<ValueFramework> valueFrameworks,
    AiActTree aiAct,
    MaturityModel maturityModel) {

  public Optional<Instrument> instrument(String id, String version) {
    return instruments.stream()
        .filter(i -> i.id().equals(id) && i.version().equals(version))
        .findFirst();
  }

  /** The newest catalogued version of an instrument (the last one listed). */
  public Optional<Instrument> latest(String id) {
    return instruments.stream().filter(i -> i.id().equals(id)).reduce((a, b) -> b);
  }

  /** A framework by key {@code id@version}. */
  public Optional<ValueFramework> framework(String key) {
    return valueFrameworks.stream().filter(f -> f.key().equals(key)).findFirst();
  }

  public record Instrument(
      String id,
      String version,
      String name,
      String kind,
      String source,
      List<String> valueFrameworks,
      List<Step> steps) {

    public Optional<Step> step(String stepId) {
      return steps.stream().filter(s -> s.id().equals(stepId)).findFirst();
    }
  }

  /** A part of a method; {@code part} groups steps (IAMA's four parts, the phases of a method). */
  public record Step(String id, String title, String part) {}

  public record ValueFramework(
      String id,
      String version,
      String name,
      String source,
      boolean open,
      List<Foundation> foundations,
      List<Value> values) {

    public String key() {
      return id + "@" + version;
    }

    public Optional<Value> value(String idOrName) {
      return values.stream()
          .filter(v -> v.id().equalsIgnoreCase(idOrName) || v.name().equalsIgnoreCase(idOrName))
          .findFirst();
    }
  }

  public record Foundation(String name, List<String> principles) {}

  public record Value(String id, String name, String question) {}
}
