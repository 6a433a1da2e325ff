package nl.provincie.ethiek.testsupport.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchRule;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks a rule, tolerating only the violations named: each entry is a piece of text (a class or
 * package name) that a violation's description contains. A violation no entry names fails the
 * check, and so does an entry that names no violation any more: the list can only shrink.
 */
public final class AllowList {

  private AllowList() {}

  /** Checks the rule with nothing allowed. */
  public static void check(ArchRule rule, JavaClasses classes) {
    check(rule, classes, List.of());
  }

  /** Checks the rule, allowing the violations whose description contains one of the entries. */
  public static void check(ArchRule rule, JavaClasses classes, List<String> allowed) {
    List<String> violations = rule.evaluate(classes).getFailureReport().getDetails();
    List<String> unexpected = new ArrayList<>();
    for (String violation : violations) {
      if (allowed.stream().noneMatch(violation::contains)) {
        unexpected.add(violation);
      }
    }
    List<String> stale = new ArrayList<>();
    for (String entry : allowed) {
      if (violations.stream().noneMatch(v -> v.contains(entry))) {
        stale.add(entry);
      }
    }
    if (!unexpected.isEmpty() || !stale.isEmpty()) {
      StringBuilder message = new StringBuilder("Rule '").append(rule.getDescription()).append("'");
      if (!unexpected.isEmpty()) {
        message.append(" was violated ").append(unexpected.size()).append(" time(s):");
        unexpected.forEach(v -> message.append("\n  ").append(v));
      }
      if (!stale.isEmpty()) {
        message.append("\nAllow-list entries that match no violation any more (remove them):");
        stale.forEach(e -> message.append("\n  ").append(e));
      }
      throw new AssertionError(message.toString());
    }
  }
}
