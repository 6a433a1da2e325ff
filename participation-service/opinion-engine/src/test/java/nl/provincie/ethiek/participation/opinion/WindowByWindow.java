package nl.provincie.ethiek.participation.opinion;

import java.util.List;
import java.util.Set;

/**
 * For benchmarks outside this package: {@link OpinionEngine#rebuild} replaying every window in time
 * order, as before ADR 0062.
 */
public final class WindowByWindow {
  private WindowByWindow() {}

  public static OpinionEngine rebuild(
      Set<StatementId> statements,
      Set<StatementId> meta,
      List<Vote> votes,
      Set<StatementId> rejected) {
    return OpinionEngine.rebuild(
        statements, meta, votes, rejected, Replay.DEFAULT, Rules.CURRENT, false);
  }
}
