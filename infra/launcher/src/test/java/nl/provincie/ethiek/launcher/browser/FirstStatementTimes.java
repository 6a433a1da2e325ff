package nl.provincie.ethiek.launcher.browser;

import java.util.List;

/** Times to the first statement: the first run (cold browser cache) and the others. */
record FirstStatementTimes(List<Long> runsMs) {

  static FirstStatementTimes of(List<Long> runsMs) {
    return new FirstStatementTimes(List.copyOf(runsMs));
  }

  long medianMs() {
    List<Long> sorted = runsMs.stream().sorted().toList();
    int middle = sorted.size() / 2;
    return sorted.size() % 2 == 1
        ? sorted.get(middle)
        : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
  }

  long maxMs() {
    return runsMs.stream().mapToLong(Long::longValue).max().orElseThrow();
  }

  String report() {
    return "first statement shown after (ms, navigation start to first painted frame): median %d,"
            .formatted(medianMs())
        + " max %d, first visit with a cold cache %d, all runs %s"
            .formatted(maxMs(), runsMs.get(0), runsMs);
  }
}
