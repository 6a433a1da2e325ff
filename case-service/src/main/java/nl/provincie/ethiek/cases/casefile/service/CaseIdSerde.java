package nl.provincie.ethiek.cases.casefile.service;

import io.micronaut.core.type.Argument;
import io.micronaut.serde.Decoder;
import io.micronaut.serde.Encoder;
import io.micronaut.serde.Serde;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.util.UUID;
import nl.provincie.ethiek.cases.casefile.CaseId;

/** Writes a {@link CaseId} as the plain UUID string it wraps, and reads it back. */
@Singleton
class CaseIdSerde implements Serde<CaseId> {

  @Override
  public void serialize(
      Encoder encoder, EncoderContext context, Argument<? extends CaseId> type, CaseId value)
      throws IOException {
    encoder.encodeString(value.value().toString());
  }

  @Override
  public CaseId deserialize(Decoder decoder, DecoderContext context, Argument<? super CaseId> type)
      throws IOException {
    return CaseId.of(UUID.fromString(decoder.decodeString()));
  }
}
