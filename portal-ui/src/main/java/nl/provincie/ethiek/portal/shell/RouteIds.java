package nl.provincie.ethiek.portal.shell;

import java.util.Optional;
import java.util.UUID;

/** Ids in route parameters: a page opened with something that is no UUID shows "not found". */
public final class RouteIds {

  private RouteIds() {}

  /** The UUID written in {@code value}; empty when it is none. */
  public static Optional<UUID> uuid(String value) {
    try {
      return Optional.of(UUID.fromString(value));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
