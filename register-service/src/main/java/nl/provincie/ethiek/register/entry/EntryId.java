package nl.provincie.ethiek.register.entry;

import java.util.Objects;
import java.util.UUID;

/** The register's own id of an entry (also sent to the national register as source_id). */
public record EntryId(UUID value) {

  public EntryId {
    Objects.requireNonNull(value, "value");
  }

  public static EntryId random() {
    return new EntryId(UUID.randomUUID());
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
