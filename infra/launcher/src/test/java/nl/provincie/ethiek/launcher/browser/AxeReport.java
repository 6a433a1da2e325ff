package nl.provincie.ethiek.launcher.browser;

import java.util.List;
import java.util.stream.Collectors;

/** What axe found on one page: the rules that failed, each with the elements that failed it. */
record AxeReport(
    String page, String axeVersion, int passes, int incomplete, List<Violation> violations) {

  record Violation(String id, String impact, String help, List<String> targets) {

    String describe() {
      return "- "
          + id
          + " ("
          + impact
          + "): "
          + help
          + targets.stream().map(t -> "\n    " + t).collect(Collectors.joining());
    }
  }

  /** One line for the run's log: the figures the closing note of issue #7 reports. */
  String summary() {
    return "axe %s %s: %d violations, %d rules passed, %d to review by hand"
        .formatted(axeVersion, page, violations.size(), passes, incomplete);
  }

  /** Every violation with its impact, help text and failing elements, for the failure message. */
  String describeViolations() {
    return page
        + " has "
        + violations.size()
        + " WCAG 2.1 AA violations:\n"
        + violations.stream().map(Violation::describe).collect(Collectors.joining("\n"));
  }
}
