package nl.provincie.ethiek.register.entry.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import nl.provincie.ethiek.register.entry.web.ContentBodies.AlgorithmBody;
import nl.provincie.ethiek.register.entry.web.ContentBodies.InternalBody;
import nl.provincie.ethiek.register.entry.web.ContentBodies.PlatformBody;

/** Request bodies of the register's write API. */
final class EntryRequests {

  private EntryRequests() {}

  /** A new algorithm or a new version of one: the national fields, ours, and why it changed. */
  @Serdeable
  record AlgorithmRequest(
      @Nullable AlgorithmBody fields,
      @Nullable InternalBody internal,
      @Nullable String changeNote) {}

  /** A new platform or a new version of one. */
  @Serdeable
  record PlatformRequest(
      @Nullable PlatformBody fields,
      @Nullable InternalBody internal,
      @Nullable String changeNote) {}

  /** Publishing or archiving; archiving needs a note, publishing has a default one. */
  @Serdeable
  record LifecycleRequest(@Nullable String changeNote) {}
}
