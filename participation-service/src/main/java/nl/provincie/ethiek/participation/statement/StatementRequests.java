package nl.provincie.ethiek.participation.statement;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Request bodies of the statement endpoints; text length is checked per conversation. */
final class StatementRequests {

  private StatementRequests() {}

  @Serdeable
  record Submission(@NotNull @Size(max = 2000) String text) {}

  @Serdeable
  record Seed(@NotNull @Size(max = 2000) String text, boolean meta) {}

  @Serdeable
  record Rejection(@NotBlank @Size(max = 500) String reason) {}

  /** {@code meta} is required: null is refused as unreadable, not taken as false (issue 13). */
  @Serdeable
  record Meta(@NotNull Boolean meta) {}
}
