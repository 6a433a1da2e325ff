package nl.provincie.ethiek.cases.audit;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks the stored chain against published heads (docs/adr/0043). The chain's own links catch an
 * edited or removed entry; a chain rewritten with every hash recomputed links up again but no
 * longer reaches the hash a head published for its sequence, which the database owner cannot
 * re-sign.
 */
public final class HeadCheck {

  private HeadCheck() {}

  /**
   * The chain's own verification, then every head in sequence order: its signature, and that the
   * entry of its sequence still carries its hash.
   */
  public static Result verify(
      List<AuditEntry> entries, List<ChainHead> heads, HeadKey.Verifier key) {
    AuditChain.Verification chain = AuditChain.verify(entries);
    Map<Long, String> hashes = new HashMap<>();
    for (AuditEntry entry : entries) {
      hashes.put(entry.sequence(), entry.hash());
    }
    if (!chain.intact()) {
      return new Result(
          false,
          chain.entriesChecked(),
          0,
          chain.firstBrokenSequence(),
          Optional.empty(),
          chain.finding());
    }
    long checked = 0;
    Optional<Long> lastMatching = Optional.empty();
    for (ChainHead head :
        heads.stream().sorted(Comparator.comparingLong(ChainHead::sequence)).toList()) {
      checked++;
      Optional<String> problem = problemWith(head, hashes, key);
      if (problem.isPresent()) {
        return new Result(
            false,
            chain.entriesChecked(),
            checked,
            Optional.of(head.sequence()),
            lastMatching,
            problem.get());
      }
      lastMatching = Optional.of(head.sequence());
    }
    return new Result(
        true,
        chain.entriesChecked(),
        checked,
        Optional.empty(),
        lastMatching,
        checked == 0 ? "intact; no published head to compare with" : "intact");
  }

  /**
   * Whether the entries from {@code from} (the entry of the last published head and those after it,
   * in sequence order) extend that head unbroken: the head's entry still has the head's hash and
   * every later entry links to the one before and hashes right. The publisher signs a new head only
   * then, so it never signs a rewritten chain.
   */
  public static Optional<String> extendsHead(ChainHead last, List<AuditEntry> from) {
    if (from.isEmpty() || from.get(0).sequence() != last.sequence()) {
      return Optional.of("the entry of published head " + last.sequence() + " is missing");
    }
    if (!from.get(0).hash().equals(last.hash())) {
      return Optional.of("entry " + last.sequence() + " no longer has the published hash");
    }
    String previous = last.hash();
    for (AuditEntry entry : from.subList(1, from.size())) {
      if (!entry.previousHash().equals(previous)
          || !AuditChain.hashOf(entry).equals(entry.hash())) {
        return Optional.of("entry " + entry.sequence() + " breaks the chain");
      }
      previous = entry.hash();
    }
    return Optional.empty();
  }

  private static Optional<String> problemWith(
      ChainHead head, Map<Long, String> hashes, HeadKey.Verifier key) {
    if (!key.verifies(head)) {
      return Optional.of("published head " + head.sequence() + " has no valid signature");
    }
    String stored = hashes.get(head.sequence());
    if (stored == null) {
      return Optional.of(
          "entries removed: the chain ends before published head " + head.sequence());
    }
    if (!stored.equals(head.hash())) {
      return Optional.of(
          "chain rewritten: entry " + head.sequence() + " differs from its published head");
    }
    return Optional.empty();
  }

  /**
   * The outcome: intact, or the first sequence where the chain breaks or leaves a published head,
   * the last head it still matched ({@code intactUpTo}), and why.
   */
  public record Result(
      boolean intact,
      long entriesChecked,
      long headsChecked,
      Optional<Long> firstBrokenSequence,
      Optional<Long> intactUpTo,
      String finding) {}
}
