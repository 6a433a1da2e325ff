package nl.provincie.ethiek.register.entry.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import nl.provincie.ethiek.register.entry.AlgorithmFields;
import nl.provincie.ethiek.register.entry.InternalFields;
import nl.provincie.ethiek.register.entry.PlatformFields;

/** Request bodies of the register's write API. */
final class EntryRequests {

  private EntryRequests() {}

  /** A new algorithm or a new version of one: the national fields, ours, and why it changed. */
  @Serdeable
  record AlgorithmRequest(
      @Nullable AlgorithmFields fields,
      @Nullable InternalFields internal,
      @Nullable String changeNote) {}

  /** A new platform or a new version of one. */
  @Serdeable
  record PlatformRequest(
      @Nullable PlatformFields fields,
      @Nullable InternalFields internal,
      @Nullable String changeNote) {}

  /** Publishing or archiving; archiving needs a note, publishing has a default one. */
  @Serdeable
  record LifecycleRequest(@Nullable String changeNote) {}
}
