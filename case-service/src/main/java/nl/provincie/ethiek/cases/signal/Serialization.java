package nl.provincie.ethiek.cases.signal;

import io.micronaut.serde.annotation.SerdeImport;

/** JSON for this feature's domain records, which stay free of framework annotations. */
@SerdeImport(IntakeSignal.class)
final class Serialization {
  private Serialization() {}
}
