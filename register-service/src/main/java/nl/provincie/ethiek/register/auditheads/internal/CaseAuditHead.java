package nl.provincie.ethiek.register.auditheads.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import nl.provincie.ethiek.register.auditheads.HeadCompleteness;

/**
 * A signed head of the case service's audit chain, as the case service published it (event {@code
 * case.audit-chain-head-published.v1}, contract in docs/adr/0043). The register does not interpret
 * it; anyone checks the signature with the case service's public key.
 */
@Serdeable
public record CaseAuditHead(
    @Nullable Long sequence,
    @Nullable String hash,
    @Nullable Instant publishedAt,
    @Nullable String algorithm,
    @Nullable String keyId,
    @Nullable String signature) {

  /** Whether every field is there and plausible; an incomplete head is not kept. */
  boolean complete() {
    return HeadCompleteness.isComplete(sequence, hash, publishedAt, algorithm, keyId, signature);
  }
}
