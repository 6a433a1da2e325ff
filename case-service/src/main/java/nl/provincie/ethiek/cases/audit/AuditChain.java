package nl.provincie.ethiek.cases.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The hash chain of the audit trail: entry n's hash covers its sequence, case, actor, time, action,
 * before and after, and entry n-1's hash. Changing, removing or reordering a stored entry breaks
 * the chain from that entry on (docs/adr/0010).
 */
public final class AuditChain {

  /** The previous hash of the first entry. */
  public static final String GENESIS = "0".repeat(64);

  private AuditChain() {}

  public static String hash(
      long sequence,
      UUID caseId,
      String actor,
      Instant at,
      String action,
      String before,
      String after,
      String previousHash) {
    MessageDigest sha = sha256();
    for (String part :
        List.of(
            Long.toString(sequence),
            String.valueOf(caseId),
            actor,
            at.toString(),
            action,
            String.valueOf(before),
            String.valueOf(after),
            previousHash)) {
      byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
      // length-prefixed, so moving text from one field into the next changes the hash
      sha.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
      sha.update((byte) ':');
      sha.update(bytes);
    }
    return HexFormat.of().formatHex(sha.digest());
  }

  public static String hashOf(AuditEntry e) {
    return hash(
        e.sequence(),
        e.caseId(),
        e.actor(),
        e.at(),
        e.action(),
        e.before(),
        e.after(),
        e.previousHash());
  }

  /** Checks entries in sequence order; returns the first entry that breaks the chain, if any. */
  public static Verification verify(Iterable<AuditEntry> entries) {
    String previous = GENESIS;
    long count = 0;
    for (AuditEntry entry : entries) {
      count++;
      if (!entry.previousHash().equals(previous)) {
        return new Verification(
            false, count, Optional.of(entry.sequence()), "previous hash differs");
      }
      if (!hashOf(entry).equals(entry.hash())) {
        return new Verification(false, count, Optional.of(entry.sequence()), "content altered");
      }
      previous = entry.hash();
    }
    return new Verification(true, count, Optional.empty(), "intact");
  }

  /** The outcome of a verification: intact, or where the chain first breaks and why. */
  public record Verification(
      boolean intact, long entriesChecked, Optional<Long> firstBrokenSequence, String finding) {}

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by the Java platform", e);
    }
  }
}
