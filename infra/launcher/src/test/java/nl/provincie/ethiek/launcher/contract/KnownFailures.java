package nl.provincie.ethiek.launcher.contract;

import java.util.List;

/**
 * Failures the fuzzer still finds that belong to other items of issue 13, fixed on other branches:
 * each names its item. The integrator empties this list once those are merged; a finding not on it
 * fails the test.
 */
final class KnownFailures {

  private KnownFailures() {}

  /**
   * An allowed finding: this service's ({@code "*"} any) operation ({@code "*"} any) answering with
   * this kind, and a rule starting with {@code rule} ({@code ""} any).
   */
  record Known(String service, String operation, Finding.Kind kind, String rule, String item) {

    Known(String service, String operation, Finding.Kind kind, String item) {
      this(service, operation, kind, "", item);
    }

    boolean covers(Finding finding) {
      return (service.equals("*") || service.equals(finding.service()))
          && (operation.equals("*") || operation.equals(finding.operation()))
          && kind == finding.kind()
          && finding.rule().startsWith(rule);
    }
  }

  /**
   * What is left on main (3ee2f3f) merged with this branch, after a run with 100 tries per
   * operation (0 server errors; 19 other entries of 2026-12-06 22:45 are gone with the merged items
   * 10 and 15 work, see the integrator's findings list).
   */
  static final List<Known> ALL =
      List.of(
          new Known(
              "participation-service",
              "POST /api/v1/statements/{id}/meta",
              Finding.Kind.VIOLATION,
              "accepted:validation.request.body.schema.type",
              "item 10: {\"meta\":null} is taken as false instead of refused (H5 strict JSON)"));

  static boolean allowed(Finding finding) {
    return ALL.stream().anyMatch(k -> k.covers(finding));
  }
}
