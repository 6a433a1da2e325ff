package nl.provincie.ethiek.cases.audit;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * A published head of the audit chain: the last entry's sequence and hash at a moment, signed with
 * the case service's head key so that anyone holding the public key can check it (docs/adr/0043).
 * Once published elsewhere (the public feed, the register's open data), a rewrite of the chain in
 * the database no longer matches it.
 */
public record ChainHead(
    long sequence, String hash, Instant publishedAt, String keyId, String signature) {

  /** The signature algorithm of every head. */
  public static final String ALGORITHM = "Ed25519";

  private static final String FORMAT = "tag:ethiek.provincie.nl,2026:audit-chain-head/v1";

  /**
   * The exact bytes that are signed: the format tag, sequence, hash and time (ISO-8601, UTC), one
   * per line. Outsiders rebuild them from the published fields to check the signature.
   */
  public static byte[] signedBytes(long sequence, String hash, Instant publishedAt) {
    return (FORMAT + "\n" + sequence + "\n" + hash + "\n" + publishedAt + "\n")
        .getBytes(StandardCharsets.UTF_8);
  }

  public byte[] signedBytes() {
    return signedBytes(sequence, hash, publishedAt);
  }
}
