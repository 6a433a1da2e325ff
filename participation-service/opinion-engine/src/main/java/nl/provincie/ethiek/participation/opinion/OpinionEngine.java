package nl.provincie.ethiek.participation.opinion;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * The opinion map of one conversation, kept up to date batch by batch (spec
 * ../shared/specs/opinion-analysis.md, design in docs/adr/0007-opinion-engine.md).
 *
 * <p>{@link #record} applies a batch (one math tick's worth of statements, moderation and votes)
 * and the in-conversation rule; {@link #recompute} runs the math, starting from the previous
 * components, base clusters and k history, and returns an immutable {@link Snapshot} whose tick
 * grows by one. The same sequence of calls gives the same snapshots, on any machine. Not
 * thread-safe for concurrent writers: calls are serialised.
 */
public final class OpinionEngine {
  /** Priority of meta statements (spec section 6). */
  public static final double META_PRIORITY = 49;

  /** Window used by {@link #rebuild} to replay history as pol.is's once-a-second math ticks. */
  public static final long REPLAY_WINDOW_MILLIS = Replay.DEFAULT.windowMillis();

  private final VoteMatrix matrix = new VoteMatrix();
  private final Rules rules;
  private long tick;
  private double[] previousFirst;
  private double[] previousSecond;
  private KMeans.Result previousBase;
  private GroupChoice groupChoice;
  private KMeans.Result[] previousGroups;
  // What the next computation starts from instead of sorting or counting everything again.
  private GroupStatistics.Counts previousCounts;
  private final RowOrders rowOrders = new RowOrders();

  /** Published without the lock: readers (routing, the map page) never wait for a computation. */
  private volatile Snapshot latest;

  /** An engine with the spec's rules. */
  public OpinionEngine() {
    this(Rules.CURRENT);
  }

  /** An engine with the given rules: {@link Rules#CURRENT} but to compare with older pol.is. */
  public OpinionEngine(Rules rules) {
    this.rules = Objects.requireNonNull(rules, "rules");
  }

  /**
   * A fresh engine rebuilt from every vote of a conversation: votes are replayed in order of {@code
   * castAtMillis} (stable for equal times), one batch per second as pol.is does, so the
   * once-in-always-in set is what it was live; then one cold computation.
   */
  public static OpinionEngine rebuild(
      Set<StatementId> statements,
      Set<StatementId> meta,
      List<Vote> votes,
      Set<StatementId> rejected) {
    return rebuild(statements, meta, votes, rejected, Replay.DEFAULT);
  }

  /**
   * As {@link #rebuild(Set, Set, List, Set)}, with the replay's window and whether every window is
   * computed ({@link Replay}, ADR 0057).
   */
  public static OpinionEngine rebuild(
      Set<StatementId> statements,
      Set<StatementId> meta,
      List<Vote> votes,
      Set<StatementId> rejected,
      Replay replay) {
    return rebuild(statements, meta, votes, rejected, replay, Rules.CURRENT);
  }

  /**
   * As {@link #rebuild(Set, Set, List, Set, Replay)}, following older pol.is rules ({@link Rules}).
   */
  public static OpinionEngine rebuild(
      Set<StatementId> statements,
      Set<StatementId> meta,
      List<Vote> votes,
      Set<StatementId> rejected,
      Replay replay,
      Rules rules) {
    return rebuild(
        statements, meta, votes, rejected, replay, rules, votes.size() >= SETTLING_FROM_VOTES);
  }

  /**
   * From this many votes a cold rebuild over columns records the votes after the settled point at
   * once (ADR 0062); below, replaying every window costs less than the extra passes.
   */
  static final int SETTLING_FROM_VOTES = 1 << 18;

  /**
   * As {@link #rebuild(Set, Set, List, Set, Replay, Rules)}; with {@code settling} true, votes held
   * as columns in a cold replay under rules that never count rejected statements are replayed one
   * window at a time only until the vote matrix is settled, the rest at once ({@link
   * SettlingReplay}); otherwise every window is replayed in time order, as before ADR 0062. The
   * result is the same (tests and benchmarks compare the two).
   */
  static OpinionEngine rebuild(
      Set<StatementId> statements,
      Set<StatementId> meta,
      List<Vote> votes,
      Set<StatementId> rejected,
      Replay replay,
      Rules rules,
      boolean settling) {
    OpinionEngine engine = new OpinionEngine(rules);
    Batch.Builder first = Batch.builder();
    statements.forEach(first::statement);
    meta.forEach(first::metaStatement);
    rejected.forEach(first::reject);
    engine.record(first.build());
    if (settling
        && votes instanceof VoteColumns columns
        && !replay.live()
        && rules.neverCountsRejected()) {
      // the earliest windows one by one, the rest at once (ADR 0062)
      SettlingReplay.run(engine, engine.matrix, columns, replay);
    } else {
      engine.replayInOrder(inTimeOrder(votes), replay, false);
    }
    if (!replay.live() || engine.latest == null) {
      engine.recompute();
    }
    return engine;
  }

  /**
   * Records time-ordered votes one replay window at a time, computing each when live; columns in
   * blocks of whole windows copied into time order (the copy's loads overlap one another, where the
   * replay's own work would wait for each vote's cache miss). With {@code untilSettled}, stops
   * after the first window that leaves the vote matrix settled ({@link VoteMatrix#settled}).
   * Returns the number of votes recorded.
   */
  int replayInOrder(List<Vote> ordered, Replay replay, boolean untilSettled) {
    if (!(ordered instanceof VoteColumns columns)) {
      return replayWindows(ordered, replay, untilSettled);
    }
    VoteColumns block = null;
    int from = 0;
    while (from < columns.size()) {
      int to = Math.min(columns.size(), from + REPLAY_BLOCK);
      while (to < columns.size()
          && window(columns, to, replay) == window(columns, to - 1, replay)) {
        to++;
      }
      block = columns.copyOf(from, to, block);
      int recorded = replayWindows(block, replay, untilSettled);
      from += recorded;
      if (untilSettled && matrix.settled()) {
        return from;
      }
    }
    return from;
  }

  /** Votes per copied block of {@link #replayInOrder}: about 1.4 MB of columns. */
  private static final int REPLAY_BLOCK = 1 << 16;

  private int replayWindows(List<Vote> ordered, Replay replay, boolean untilSettled) {
    int from = 0;
    while (from < ordered.size()) {
      long window = window(ordered, from, replay);
      int to = from;
      while (to < ordered.size() && window(ordered, to, replay) == window) {
        to++;
      }
      matrix.countRejectedAsVotes(rules.countsRejected(castAtMillis(ordered, from)));
      recordVotes(ordered.subList(from, to));
      if (replay.live()) {
        recompute();
      }
      from = to;
      if (untilSettled && matrix.settled()) {
        return from;
      }
    }
    return from;
  }

  static long window(List<Vote> votes, int i, Replay replay) {
    return Math.floorDiv(castAtMillis(votes, i), replay.windowMillis());
  }

  private static long castAtMillis(List<Vote> votes, int i) {
    return votes instanceof VoteColumns columns
        ? columns.castAtMillis(i)
        : votes.get(i).castAtMillis();
  }

  /**
   * Votes stably sorted by cast time; a primitive sort of (time, index) keys when they fit, a radix
   * sort of the columns for {@link VoteColumns}.
   */
  static List<Vote> inTimeOrder(List<Vote> votes) {
    if (votes instanceof VoteColumns columns) {
      return columns.inTimeOrder();
    }
    int n = votes.size();
    TimeSpan span = new TimeSpan();
    for (Vote vote : votes) {
      span.add(vote.castAtMillis());
    }
    if (span.sorted) {
      return votes;
    }
    long min = span.min;
    long max = span.max;
    int indexBits = 32 - Integer.numberOfLeadingZeros(Math.max(1, n));
    if (max - min >= 0 && (max - min) < (1L << (63 - indexBits))) {
      long[] keys = new long[n];
      for (int i = 0; i < n; i++) {
        keys[i] = ((votes.get(i).castAtMillis() - min) << indexBits) | i;
      }
      Arrays.sort(keys);
      List<Vote> ordered = new ArrayList<>(n);
      long mask = (1L << indexBits) - 1;
      for (long key : keys) {
        ordered.add(votes.get((int) (key & mask)));
      }
      return ordered;
    }
    List<Vote> ordered = new ArrayList<>(votes);
    ordered.sort(Comparator.comparingLong(Vote::castAtMillis));
    return ordered;
  }

  /**
   * Applies a batch without computing: statements (in ascending id order, so columns never depend
   * on a set's iteration order), then moderation, then votes in order.
   */
  public synchronized void record(Batch batch) {
    batch.statements().stream()
        .sorted()
        .forEach(id -> matrix.register(id, batch.meta().contains(id)));
    batch.rejected().forEach(id -> matrix.setRejected(id, true));
    batch.restored().forEach(id -> matrix.setRejected(id, false));
    matrix.countRejectedAsVotes(rules.countsRejected(Long.MAX_VALUE - 1));
    recordVotes(batch.votes());
  }

  private void recordVotes(List<Vote> votes) {
    matrix.appendAll(votes);
    matrix.normalise();
  }

  /** {@link #record} then {@link #recompute}. */
  public synchronized Snapshot update(Batch batch) {
    record(batch);
    return recompute();
  }

  /**
   * The latest snapshot, if any computation ran. Never waits: a computation in progress publishes
   * its snapshot when it is done, and until then the previous one is answered.
   */
  public Optional<Snapshot> latest() {
    return Optional.ofNullable(latest);
  }

  /** Runs the math on everything recorded so far. */
  public synchronized Snapshot recompute() {
    long start = System.nanoTime();
    matrix.normalise();
    VoteMatrix.Changes changes = matrix.takeChanges();
    long merged = System.nanoTime();
    CentredMatrix centred = new CentredMatrix(matrix, rules.zeroImputation());
    PowerIteration.Components components =
        PowerIteration.compute(centred, previousFirst, previousSecond);
    int rows = matrix.rows();
    double[] x = components.x();
    double[] y = components.y();
    double[] scale = centred.scales();
    if (rules.zeroImputation()) {
      double[] termX = centred.missingCellsTerm(components.first());
      double[] termY = centred.missingCellsTerm(components.second());
      for (int row = 0; row < rows; row++) {
        x[row] += termX[row];
        y[row] += termY[row];
      }
    }
    for (int row = 0; row < rows; row++) {
      x[row] *= scale[row];
      y[row] *= scale[row];
    }

    long componentsDone = System.nanoTime();
    RowOrders.ById byId = rowOrders.byId(matrix);
    int[] order = rowOrders.inConversation(matrix, byId, changes.touchedRows());
    double[] px = new double[order.length];
    double[] py = new double[order.length];
    for (int i = 0; i < order.length; i++) {
      px[i] = x[order[i]];
      py[i] = y[order[i]];
    }
    long ordered = System.nanoTime();
    TwoLevelClustering.Outcome clustering =
        TwoLevelClustering.run(
            px, py, previousBase, groupChoice, rules.warmGroupStarts() ? previousGroups : null);
    int[] groupOfRow = new int[rows];
    Arrays.fill(groupOfRow, -1);
    for (int i = 0; i < order.length; i++) {
      groupOfRow[order[i]] = clustering.groupOfPoint(i);
    }
    long clustered = System.nanoTime();
    GroupStatistics.Result statistics =
        GroupStatistics.analyse(
            matrix, groupOfRow, clustering.k(), previousCounts, changes.cellChanges());
    previousCounts = statistics.counts();
    long analysed = System.nanoTime();

    previousFirst = components.first();
    previousSecond = components.second();
    previousBase = clustering.base();
    groupChoice = clustering.choice();
    previousGroups = clustering.groupsByK();
    tick++;
    List<Double> silhouettes = new ArrayList<>();
    for (double s : clustering.silhouetteByK()) {
      silhouettes.add(s);
    }
    Snapshot.Diagnostics diagnostics =
        new Snapshot.Diagnostics(
            components.passes(),
            clustering.base().size(),
            clustering.winner(),
            silhouettes,
            matrix.ignoredVotes());
    Snapshot snapshot =
        buildSnapshot(
            byId,
            centred,
            components,
            x,
            y,
            groupOfRow,
            statistics,
            diagnostics,
            (System.nanoTime() - start) / 1_000_000);
    snapshot.phaseTimes(
        new PhaseTimes(
            merged - start,
            componentsDone - merged,
            ordered - componentsDone,
            clustered - ordered,
            analysed - clustered,
            System.nanoTime() - analysed));
    latest = snapshot;
    return snapshot;
  }

  /**
   * Representative statements, consensus and group-informed consensus for groups given from outside
   * (for example pol.is's own group-id), over the latest votes. Participants absent from the map,
   * or unknown to the engine, are not in any group.
   */
  public synchronized GroupAnalysis analyseGroups(Map<ParticipantId, Integer> groupOf) {
    matrix.normalise();
    int k = groupOf.values().stream().mapToInt(Integer::intValue).max().orElse(-1) + 1;
    int[] groupOfRow = new int[matrix.rows()];
    Arrays.fill(groupOfRow, -1);
    groupOf.forEach(
        (participant, group) -> {
          int row = matrix.rowOfParticipant(participant.value());
          if (row >= 0) {
            groupOfRow[row] = group;
          }
        });
    GroupStatistics.Result statistics = GroupStatistics.analyse(matrix, groupOfRow, k);
    List<GroupInformedConsensus> informed = new ArrayList<>();
    for (int c = 0; c < matrix.columns(); c++) {
      informed.add(
          new GroupInformedConsensus(
              StatementId.of(matrix.statement(c)),
              statistics.informedAgree()[c],
              statistics.informedDisagree()[c]));
    }
    informed.sort(Comparator.comparing(GroupInformedConsensus::statement));
    return new GroupAnalysis(statistics.groups(), statistics.consensus(), informed);
  }

  /**
   * The statement to show a participant next (spec section 6): drawn among the statements they have
   * not voted on and that are not rejected, weighted by the latest priorities (1 for a statement
   * newer than the latest snapshot, 49 for meta statements).
   */
  public synchronized Optional<StatementId> nextStatement(
      ParticipantId participant, RandomGenerator random) {
    matrix.normalise();
    int row = matrix.rowOfParticipant(participant.value());
    boolean[] voted = new boolean[matrix.columns()];
    if (row >= 0) {
      int[] cells = matrix.cells(row);
      for (int i = 0; i < matrix.length(row); i++) {
        voted[cells[i] >>> 2] = true;
      }
    }
    List<Integer> candidates = new ArrayList<>();
    for (int c = 0; c < matrix.columns(); c++) {
      if (!voted[c] && !matrix.rejected(c)) {
        candidates.add(c);
      }
    }
    candidates.sort(Comparator.comparingInt(matrix::statement));
    if (candidates.isEmpty()) {
      return Optional.empty();
    }
    double[] weights = new double[candidates.size()];
    double total = 0;
    for (int i = 0; i < weights.length; i++) {
      int column = candidates.get(i);
      StatementId id = StatementId.of(matrix.statement(column));
      weights[i] =
          matrix.meta(column)
              ? META_PRIORITY
              : Optional.ofNullable(latest)
                  .flatMap(s -> s.statement(id))
                  .map(StatementSummary::priority)
                  .orElse(1.0);
      total += weights[i];
    }
    double draw = random.nextDouble() * total;
    for (int i = 0; i < weights.length; i++) {
      draw -= weights[i];
      if (draw < 0) {
        return Optional.of(StatementId.of(matrix.statement(candidates.get(i))));
      }
    }
    return Optional.of(StatementId.of(matrix.statement(candidates.get(weights.length - 1))));
  }

  /** Votes held (latest per participant and statement). */
  public synchronized long votes() {
    matrix.normalise();
    return matrix.votes();
  }

  /** Approximate bytes held by the vote matrix (not counting snapshots). */
  public synchronized long heldBytesEstimate() {
    return matrix.heldBytes();
  }

  private Snapshot buildSnapshot(
      RowOrders.ById byId,
      CentredMatrix centred,
      PowerIteration.Components components,
      double[] x,
      double[] y,
      int[] groupOfRow,
      GroupStatistics.Result statistics,
      Snapshot.Diagnostics diagnostics,
      long millis) {
    int rows = matrix.rows();
    long[] sortedIds = byId.sortedIds();
    double[] sx = new double[rows];
    double[] sy = new double[rows];
    int[] sg = new int[rows];
    for (int i = 0; i < rows; i++) {
      int row = byId.rowOfRank()[i];
      sx[i] = x[row];
      sy[i] = y[row];
      sg[i] = groupOfRow[row];
    }
    double scale = Math.sqrt(matrix.votedColumns());
    List<StatementSummary> statements = new ArrayList<>();
    for (int c = 0; c < matrix.columns(); c++) {
      double statementX = (1 - centred.centre(c)) * components.first()[c] * scale;
      double statementY = (1 - centred.centre(c)) * components.second()[c] * scale;
      if (matrix.rejected(c) || !matrix.hasVotes(c)) {
        statementX = 0;
        statementY = 0;
      }
      double extremity = Math.hypot(statementX, statementY);
      double priority =
          matrix.meta(c)
              ? META_PRIORITY
              : matrix.rejected(c)
                  ? 0
                  : Formulas.priority(
                      matrix.agrees(c), matrix.passes(c), matrix.votes(c), extremity);
      StatementId id = StatementId.of(matrix.statement(c));
      statements.add(
          new StatementSummary(
              id,
              matrix.meta(c),
              matrix.rejected(c),
              matrix.agrees(c),
              matrix.disagrees(c),
              matrix.passes(c),
              matrix.castAgrees(c),
              matrix.castDisagrees(c),
              matrix.castPasses(c),
              statementX,
              statementY,
              extremity,
              new GroupInformedConsensus(
                  id, statistics.informedAgree()[c], statistics.informedDisagree()[c]),
              priority));
    }
    statements.sort(Comparator.comparing(StatementSummary::id));
    return new Snapshot(
        tick,
        millis,
        sortedIds,
        sx,
        sy,
        sg,
        statistics.groups(),
        statistics.consensus(),
        statements,
        diagnostics);
  }
}
