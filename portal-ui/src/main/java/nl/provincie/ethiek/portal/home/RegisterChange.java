package nl.provincie.ethiek.portal.home;

import java.time.Instant;
import java.util.UUID;

/**
 * One entry of the register as it last changed: its name, whether it is an algorithm or a platform,
 * when it was first published and when it last changed.
 */
public record RegisterChange(
    UUID id,
    String name,
    String organisation,
    boolean platform,
    Instant publishedAt,
    Instant changedAt) {

  /** Nothing changed since the entry was published (within a second: the same write). */
  public boolean isNew() {
    return publishedAt != null && !changedAt.isAfter(publishedAt.plusSeconds(1));
  }
}
