package nl.provincie.ethiek.cases.demo;

import java.util.List;
import java.util.UUID;
import nl.provincie.ethiek.cases.casefile.InstrumentRun;
import nl.provincie.ethiek.cases.catalogue.Catalogue;

/**
 * Checks a demo value against the catalogue the same way the API does: the framework must be one
 * the instrument uses; a closed framework accepts only its own values, an open one records others
 * as not catalogued.
 */
final class DemoValues {

  private DemoValues() {}

  static InstrumentRun.ValueAssessment assess(
      Catalogue catalogue, String instrumentId, String version, DemoContent.DemoValue v) {
    Catalogue.Instrument instrument = catalogue.instrument(instrumentId, version).orElseThrow();
    if (!instrument.valueFrameworks().contains(v.framework())) {
      throw new IllegalStateException(instrumentId + " does not use framework " + v.framework());
    }
    Catalogue.ValueFramework framework = catalogue.framework(v.framework()).orElseThrow();
    var known = framework.value(v.value());
    if (known.isEmpty() && !framework.open()) {
      throw new IllegalStateException(v.value() + " is not a value of " + framework.key());
    }
    return new InstrumentRun.ValueAssessment(
        UUID.randomUUID(),
        framework.key(),
        known.map(Catalogue.Value::id).orElse(null),
        known.map(Catalogue.Value::name).orElse(v.value()),
        known.isPresent(),
        v.influence(),
        v.explanation(),
        v.argumentsFor(),
        v.argumentsAgainst(),
        List.of());
  }
}
