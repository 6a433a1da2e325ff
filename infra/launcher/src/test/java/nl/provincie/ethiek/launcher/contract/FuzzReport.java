package nl.provincie.ethiek.launcher.contract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** What one service's fuzz run tried and found. */
final class FuzzReport {

  private final String service;
  private int operations;
  private int requests;
  private int serverErrors;
  private int violations;
  private final Map<String, Finding> firstByKey = new LinkedHashMap<>();
  private final Map<String, Integer> countByKey = new TreeMap<>();
  private final Map<Integer, Integer> statuses = new TreeMap<>();
  private final Map<Credentials, Integer> credentials = new TreeMap<>();

  FuzzReport(String service) {
    this.service = service;
  }

  void operationTried() {
    operations++;
  }

  void request(int status, Credentials claimed, List<Finding> findings) {
    requests++;
    credentials.merge(claimed, 1, Integer::sum);
    statuses.merge(status, 1, Integer::sum);
    for (Finding finding : findings) {
      if (finding.kind() == Finding.Kind.SERVER_ERROR) {
        serverErrors++;
      } else {
        violations++;
      }
      firstByKey.putIfAbsent(finding.key(), finding);
      countByKey.merge(finding.key(), 1, Integer::sum);
    }
  }

  String service() {
    return service;
  }

  int requests() {
    return requests;
  }

  int serverErrors() {
    return serverErrors;
  }

  int violations() {
    return violations;
  }

  List<Finding> distinctFindings() {
    return new ArrayList<>(firstByKey.values());
  }

  int count(Finding finding) {
    return countByKey.getOrDefault(finding.key(), 0);
  }

  String summary() {
    return String.format(
        "%s: %d operations tried, %d requests, %d server errors, %d violations (%d distinct);"
            + " statuses %s; credentials %s",
        service,
        operations,
        requests,
        serverErrors,
        violations,
        firstByKey.size(),
        statuses,
        credentials);
  }

  String markdown() {
    StringBuilder out = new StringBuilder("## " + summary() + "\n\n");
    out.append("| operation | input | credentials | status | kind | rule | count | message |\n");
    out.append("|---|---|---|---|---|---|---|---|\n");
    for (Finding f : firstByKey.values()) {
      out.append(
          String.format(
              "| `%s` | %s | %s | %d | %s | %s | %d | %s |%n",
              f.operation(),
              f.input(),
              f.credentials(),
              f.status(),
              f.kind(),
              f.rule(),
              count(f),
              cell(f.message() + " — e.g. " + f.example())));
    }
    return out.append('\n').toString();
  }

  private static String cell(String text) {
    String flat = text.replace("|", "\\|").replace("\n", " ").replace("\u0000", "\\u0000");
    return flat.length() > 700 ? flat.substring(0, 700) + "…" : flat;
  }
}
