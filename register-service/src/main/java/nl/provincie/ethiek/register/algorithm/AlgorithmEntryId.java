package nl.provincie.ethiek.register.algorithm;

import java.util.Objects;
import java.util.UUID;

public record AlgorithmEntryId(UUID value) {

  public AlgorithmEntryId {
    Objects.requireNonNull(value, "value");
  }

  public static AlgorithmEntryId random() {
    return new AlgorithmEntryId(UUID.randomUUID());
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
