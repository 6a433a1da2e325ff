package nl.provincie.ethiek.participation.opinion;

/**
 * Everything known about one statement at a tick. {@code agrees/disagrees/passes/votes} count the
 * latest vote of each participant (what the formulas use); {@code cast*} count every vote ever
 * cast, changed votes included (what pol.is exports in comments.csv).
 */
public record StatementSummary(
    StatementId id,
    boolean meta,
    boolean rejected,
    int agrees,
    int disagrees,
    int passes,
    int castAgrees,
    int castDisagrees,
    int castPasses,
    double x,
    double y,
    double extremity,
    GroupInformedConsensus groupInformedConsensus,
    double priority) {

  public int votes() {
    return agrees + disagrees + passes;
  }
}
