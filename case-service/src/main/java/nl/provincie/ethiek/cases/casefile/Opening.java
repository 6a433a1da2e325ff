package nl.provincie.ethiek.cases.casefile;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * How the case came in: by request, as a proposal from the register or as demo data, why (a
 * proposal states its reason), under which catalogue version, and when.
 */
public record Opening(
    Origin origin, Optional<String> reason, String catalogueVersion, Instant openedAt) {

  public Opening {
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(openedAt, "openedAt");
  }
}
