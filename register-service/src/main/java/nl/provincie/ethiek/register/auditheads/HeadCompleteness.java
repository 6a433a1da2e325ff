package nl.provincie.ethiek.register.auditheads;

import java.time.Instant;

/**
 * When the register keeps a head of the case service's audit chain (docs/adr/0043): its sequence,
 * hash and time are there, the hash is 64 hex digits, and the signature comes with the algorithm
 * and key that made it. The register checks only this; the signature is for anyone to verify.
 */
public final class HeadCompleteness {

  private static final String SHA_256_HEX = "[0-9a-f]{64}";

  private HeadCompleteness() {}

  /** Whether every field is there and plausible; an incomplete head is not kept. */
  public static boolean isComplete(
      Long sequence,
      String hash,
      Instant publishedAt,
      String algorithm,
      String keyId,
      String signature) {
    return sequence != null
        && sequence > 0
        && hash != null
        && hash.matches(SHA_256_HEX)
        && publishedAt != null
        && present(algorithm)
        && present(keyId)
        && present(signature);
  }

  private static boolean present(String text) {
    return text != null && !text.isBlank();
  }
}
