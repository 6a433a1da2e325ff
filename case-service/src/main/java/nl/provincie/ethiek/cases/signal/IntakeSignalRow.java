package nl.provincie.ethiek.cases.signal;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.UUID;

@MappedEntity("intake_signal")
record IntakeSignalRow(
    @Id UUID id,
    SignalSource source,
    UUID subjectId,
    String subjectName,
    String summary,
    long subjectVersion,
    Instant occurredAt,
    Instant receivedAt) {

  static IntakeSignalRow of(IntakeSignal signal) {
    return new IntakeSignalRow(
        signal.id(),
        signal.source(),
        signal.subjectId(),
        signal.subjectName(),
        signal.summary(),
        signal.subjectVersion(),
        signal.occurredAt(),
        signal.receivedAt());
  }

  IntakeSignal toSignal() {
    return new IntakeSignal(
        id, source, subjectId, subjectName, summary, subjectVersion, occurredAt, receivedAt);
  }
}
