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

  /**
   * The id of a registration taken over from elsewhere (the national listing, the demo data): the
   * same source gives the same id in every environment, so other services' data can name it
   * (docs/adr/0036).
   */
  public static EntryId ofSource(String sourceRef) {
    return new EntryId(
        UUID.nameUUIDFromBytes(
            ("register-service:" + sourceRef).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
