package nl.provincie.ethiek.register.delivery.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.UUID;

/** One queued request to the national register: deliver (create or update), release or retract. */
@Serdeable
public record DeliveryJob(
    long id,
    UUID entryId,
    long entryVersion,
    Action action,
    @Nullable String payload,
    State state,
    int attempts,
    Instant nextAttemptAt,
    @Nullable String lastError,
    Instant createdAt,
    @Nullable Instant doneAt) {

  public enum Action {
    UPSERT,
    RELEASE,
    RETRACT
  }

  public enum State {
    PENDING,
    DONE,
    FAILED
  }
}
