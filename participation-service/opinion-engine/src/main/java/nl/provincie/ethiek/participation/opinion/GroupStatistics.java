package nl.provincie.ethiek.participation.opinion;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Counts per group and statement, representative statements, consensus and group-informed consensus
 * (spec section 5). Counts are taken from the latest votes, before rejected columns are zeroed;
 * rejected statements are never representative nor consensus.
 */
final class GroupStatistics {
  static final int MAX_REPRESENTATIVE = 5;
  static final int MAX_CONSENSUS = 5;

  private GroupStatistics() {}

  record Result(
      List<Group> groups,
      Consensus consensus,
      double[] informedAgree,
      double[] informedDisagree,
      int[][] agrees,
      int[][] disagrees,
      int[][] votes,
      Counts counts) {}

  /**
   * Latest-vote counts per (group, cell) as {@code cells[group * 4 * columns + (column << 2 |
   * code)]}, for the grouping of rows they were counted with: what a later computation starts from
   * ({@link #analyse(VoteMatrix, int[], int, Counts, long[])}).
   */
  record Counts(int k, int columns, int[] groupOfRow, int[] cells) {}

  static Result analyse(VoteMatrix matrix, int[] groupOfRow, int k) {
    return analyse(matrix, groupOfRow, k, null, null);
  }

  /**
   * As {@link #analyse(VoteMatrix, int[], int)}; with the counts of a previous computation and the
   * latest-vote changes since ({@link VoteMatrix#takeChanges}), the counts are brought up to date
   * from the changes and the rows whose group changed, instead of a pass over every vote. Integer
   * counts: the same result either way.
   */
  static Result analyse(
      VoteMatrix matrix, int[] groupOfRow, int k, Counts previous, long[] changes) {
    int columns = matrix.columns();
    int[][] agrees = new int[k][columns];
    int[][] disagrees = new int[k][columns];
    int[][] votes = new int[k][columns];
    int[] sizes = new int[k];
    int[] cellCounts = updated(matrix, groupOfRow, k, previous, changes);
    if (cellCounts == null) {
      cellCounts = count(matrix, groupOfRow, k);
    }
    split(cellCounts, agrees, disagrees, votes);
    for (int row = 0; row < matrix.rows(); row++) {
      if (groupOfRow[row] >= 0) {
        sizes[groupOfRow[row]]++;
      }
    }
    int[] totalAgrees = new int[columns];
    int[] totalDisagrees = new int[columns];
    int[] totalVotes = new int[columns];
    for (int g = 0; g < k; g++) {
      for (int c = 0; c < columns; c++) {
        totalAgrees[c] += agrees[g][c];
        totalDisagrees[c] += disagrees[g][c];
        totalVotes[c] += votes[g][c];
      }
    }
    List<Group> groups = new ArrayList<>();
    for (int g = 0; g < k; g++) {
      List<RepresentativeStatement> candidates = new ArrayList<>();
      RepresentativeStatement best = null;
      double bestTest = Double.NEGATIVE_INFINITY;
      for (int c = 0; c < columns; c++) {
        if (matrix.rejected(c) || !matrix.hasVotes(c)) {
          continue;
        }
        int a = agrees[g][c];
        int d = disagrees[g][c];
        int s = votes[g][c];
        int restA = totalAgrees[c] - a;
        int restD = totalDisagrees[c] - d;
        int restS = totalVotes[c] - s;
        RepresentativeStatement agree = compare(matrix, c, Direction.AGREE, a, s, restA, restS);
        RepresentativeStatement disagree =
            compare(matrix, c, Direction.DISAGREE, d, s, restD, restS);
        RepresentativeStatement chosen = agree.repnessZ() > disagree.repnessZ() ? agree : disagree;
        boolean qualifies = passes(agree) || passes(disagree);
        if (qualifies) {
          candidates.add(chosen);
        }
        double test = Math.max(agree.repnessZ(), disagree.repnessZ());
        if (test > bestTest
            || (test == bestTest && chosen.statement().compareTo(best.statement()) < 0)) {
          bestTest = test;
          best = chosen;
        }
      }
      groups.add(new Group(g, sizes[g], select(candidates, best)));
    }
    Consensus consensus =
        new Consensus(consensus(matrix, Direction.AGREE), consensus(matrix, Direction.DISAGREE));
    double[] informedAgree = new double[columns];
    double[] informedDisagree = new double[columns];
    for (int c = 0; c < columns; c++) {
      double agree = 1;
      double disagree = 1;
      for (int g = 0; g < k; g++) {
        agree *= Formulas.probability(agrees[g][c], votes[g][c]);
        disagree *= Formulas.probability(disagrees[g][c], votes[g][c]);
      }
      informedAgree[c] = agree;
      informedDisagree[c] = disagree;
    }
    return new Result(
        List.copyOf(groups),
        consensus,
        informedAgree,
        informedDisagree,
        agrees,
        disagrees,
        votes,
        new Counts(k, columns, groupOfRow, cellCounts)); // groupOfRow is not changed later
  }

  /**
   * The previous counts brought up to date, or null when a full count is due: no previous counts,
   * no change log, another k or other columns, or more than an eighth of the rows changed group.
   */
  static int[] updated(
      VoteMatrix matrix, int[] groupOfRow, int k, Counts previous, long[] changes) {
    int columns = matrix.columns();
    if (previous == null
        || changes == null
        || previous.k() != k
        || previous.columns() != columns
        || k == 0) {
      return null;
    }
    int rows = matrix.rows();
    int[] before = previous.groupOfRow();
    int moved = 0;
    for (int row = 0; row < rows; row++) {
      if (groupBefore(before, row) != groupOfRow[row]) {
        moved++;
      }
    }
    if (moved > rows / 8) {
      return null;
    }
    int perGroup = columns << 2;
    int[] counts = previous.cells().clone();
    // first every vote change under the old grouping, then every regrouped row moved whole
    for (long change : changes) {
      int g = groupBefore(before, VoteMatrix.changedRow(change));
      if (g >= 0) {
        counts[g * perGroup + VoteMatrix.changedCell(change)] += VoteMatrix.changeDelta(change);
      }
    }
    for (int row = 0; row < rows && moved > 0; row++) {
      int from = groupBefore(before, row);
      int to = groupOfRow[row];
      if (from == to) {
        continue;
      }
      moved--;
      int[] cells = matrix.cells(row);
      for (int i = 0, n = matrix.length(row); i < n; i++) {
        if (from >= 0) {
          counts[from * perGroup + cells[i]]--;
        }
        if (to >= 0) {
          counts[to * perGroup + cells[i]]++;
        }
      }
    }
    return counts;
  }

  private static int groupBefore(int[] before, int row) {
    return row < before.length ? before[row] : -1;
  }

  private static void split(int[] counts, int[][] agrees, int[][] disagrees, int[][] votes) {
    int k = agrees.length;
    if (k == 0) {
      return;
    }
    int columns = agrees[0].length;
    int perGroup = columns << 2;
    for (int g = 0; g < k; g++) {
      int base = g * perGroup;
      for (int column = 0; column < columns; column++) {
        int at = base + (column << 2);
        agrees[g][column] = counts[at | 1];
        disagrees[g][column] = counts[at | 2];
        votes[g][column] = counts[at] + counts[at | 1] + counts[at | 2];
      }
    }
  }

  /**
   * Latest-vote counts per (group, cell): one parallel pass over fixed chunks of rows, each chunk
   * counting per (group, column, code) cell; integer sums, so the result does not depend on the
   * order.
   */
  private static int[] count(VoteMatrix matrix, int[] groupOfRow, int k) {
    int rows = matrix.rows();
    int perGroup = matrix.columns() << 2;
    int[] total = new int[k * perGroup];
    if (k == 0) {
      return total;
    }
    int parts = Chunks.partials(rows);
    int[][] partials = new int[parts][];
    if (parts == 1) {
      partials[0] = countRows(matrix, groupOfRow, 0, rows, k * perGroup, perGroup);
    } else {
      Chunks.forEach(
          rows,
          chunk ->
              partials[chunk] =
                  countRows(
                      matrix,
                      groupOfRow,
                      Chunks.start(chunk, rows),
                      Chunks.end(chunk, rows),
                      k * perGroup,
                      perGroup));
    }
    for (int[] counts : partials) {
      for (int i = 0; i < total.length; i++) {
        total[i] += counts[i];
      }
    }
    return total;
  }

  private static int[] countRows(
      VoteMatrix matrix, int[] groupOfRow, int from, int to, int size, int perGroup) {
    int[] counts = new int[size];
    for (int row = from; row < to; row++) {
      int g = groupOfRow[row];
      if (g < 0) {
        continue;
      }
      int base = g * perGroup;
      int[] cells = matrix.cells(row);
      for (int i = 0, n = matrix.length(row); i < n; i++) {
        counts[base + cells[i]]++;
      }
    }
    return counts;
  }

  private static RepresentativeStatement compare(
      VoteMatrix matrix,
      int column,
      Direction direction,
      int successes,
      int trials,
      int restSuccesses,
      int restTrials) {
    double p = Formulas.probability(successes, trials);
    double repness = p / ((1.0 + restSuccesses) / (2.0 + restTrials));
    return new RepresentativeStatement(
        StatementId.of(matrix.statement(column)),
        direction,
        successes,
        trials,
        p,
        Formulas.proportionZ(successes, trials),
        repness,
        Formulas.twoProportionZ(successes, trials, restSuccesses, restTrials));
  }

  private static boolean passes(RepresentativeStatement s) {
    return Formulas.significant(s.repnessZ()) && Formulas.significant(s.probabilityZ());
  }

  private static final Comparator<RepresentativeStatement> BY_METRIC =
      Comparator.comparingDouble(RepresentativeStatement::metric)
          .reversed()
          .thenComparing(RepresentativeStatement::statement);

  /** Best agree first, then by metric; at most five; agrees before disagrees. */
  static List<RepresentativeStatement> select(
      List<RepresentativeStatement> qualifying, RepresentativeStatement best) {
    if (qualifying.isEmpty()) {
      return best == null ? List.of() : List.of(best);
    }
    List<RepresentativeStatement> sorted = new ArrayList<>(qualifying);
    sorted.sort(BY_METRIC);
    sorted.stream()
        .filter(s -> s.direction() == Direction.AGREE)
        .findFirst()
        .ifPresent(
            bestAgree -> {
              sorted.remove(bestAgree);
              sorted.add(0, bestAgree);
            });
    List<RepresentativeStatement> kept =
        sorted.subList(0, Math.min(MAX_REPRESENTATIVE, sorted.size()));
    List<RepresentativeStatement> result = new ArrayList<>();
    kept.stream().filter(s -> s.direction() == Direction.AGREE).forEach(result::add);
    kept.stream().filter(s -> s.direction() == Direction.DISAGREE).forEach(result::add);
    return List.copyOf(result);
  }

  static List<ConsensusStatement> consensus(VoteMatrix matrix, Direction direction) {
    List<ConsensusStatement> candidates = new ArrayList<>();
    for (int c = 0; c < matrix.columns(); c++) {
      if (matrix.rejected(c) || !matrix.hasVotes(c)) {
        continue;
      }
      int successes = direction == Direction.AGREE ? matrix.agrees(c) : matrix.disagrees(c);
      int trials = matrix.votes(c);
      double p = Formulas.probability(successes, trials);
      double z = Formulas.proportionZ(successes, trials);
      if (p > 0.5 && Formulas.significant(z)) {
        candidates.add(
            new ConsensusStatement(StatementId.of(matrix.statement(c)), successes, trials, p, z));
      }
    }
    candidates.sort(
        Comparator.comparingDouble((ConsensusStatement s) -> s.probability() * s.probabilityZ())
            .reversed()
            .thenComparing(ConsensusStatement::statement));
    return List.copyOf(candidates.subList(0, Math.min(MAX_CONSENSUS, candidates.size())));
  }
}
