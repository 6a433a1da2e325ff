package nl.provincie.ethiek.portal.register;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A published entry of the province's algorithm register, as the register service shows it. */
public record AlgorithmEntry(
    UUID id,
    String name,
    String organisation,
    String description,
    String status,
    int version,
    Instant publishedAt) {

  public AlgorithmEntry {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(organisation, "organisation");
    Objects.requireNonNull(publishedAt, "publishedAt");
    description = description == null ? "" : description;
    status = status == null ? "" : status;
  }
}
