package nl.provincie.ethiek.cases.audit.head;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.exceptions.ConfigurationException;
import java.util.Optional;
import nl.provincie.ethiek.cases.audit.HeadKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The head key from {@code cases.audit.heads.signing-key} ({@code AUDIT_HEAD_SIGNING_KEY}: a
 * 32-byte Ed25519 seed, base64; ./platform makes one per data directory). Without one no head is
 * published and verification has no heads to compare with; that is said at start. Built at start so
 * a malformed key stops the service.
 */
@Context
public class HeadKeys {

  private static final Logger LOG = LoggerFactory.getLogger(HeadKeys.class);

  private final Optional<HeadKey> key;

  HeadKeys(@Value("${cases.audit.heads.signing-key:}") String seed) {
    if (seed == null || seed.isBlank()) {
      key = Optional.empty();
      LOG.warn(
          "AUDIT_HEAD_SIGNING_KEY is not set: audit chain heads are not published, so a rewritten"
              + " audit chain cannot be detected (docs/adr/0043)");
      return;
    }
    try {
      key = Optional.of(HeadKey.fromSeed(seed));
    } catch (IllegalArgumentException e) {
      throw new ConfigurationException("AUDIT_HEAD_SIGNING_KEY refused: " + e.getMessage());
    }
    LOG.info(
        "Audit chain heads are signed with Ed25519 key {}; public key {}",
        key.get().verifier().keyId(),
        key.get().verifier().publicKey());
  }

  public Optional<HeadKey> key() {
    return key;
  }

  public Optional<HeadKey.Verifier> verifier() {
    return key.map(HeadKey::verifier);
  }
}
