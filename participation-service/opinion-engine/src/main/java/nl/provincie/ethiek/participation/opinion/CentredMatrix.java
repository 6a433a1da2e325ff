package nl.provincie.ethiek.participation.opinion;

import java.util.Arrays;

/**
 * The centred vote matrix of spec section 2.1 as an operator, never materialised: a voted cell is
 * {@code vote - centre_j}, a missing cell is exactly 0, a rejected column is 0 everywhere. {@code
 * centred[column << 2 | code]} holds the centred value, so each cell costs one table look-up.
 *
 * <p>The one operation the power iteration needs is {@link #product}: for two vectors at once, the
 * row dots {@code X v} (unscaled participant positions) and {@code X^T X v}, in a single pass over
 * the votes. Per pass, the table is multiplied into the vectors once ({@code centred * v} per cell
 * kind), so a cell costs one look-up per vector for the dot and one addition per vector for the
 * scatter, which is accumulated per cell kind and multiplied out once per chunk.
 */
final class CentredMatrix {
  private static final int[] SIGN_OF_CODE = {0, 1, -1, 0};

  private final VoteMatrix matrix;
  private final int rows;
  private final int columns;
  private final double[] centre;
  private final double[] centred;
  private final double[] weighted;
  private final double[][] partials;

  /**
   * With zero imputation ({@link Rules#zeroImputation}) a missing cell is {@code -centre_j}: then
   * {@code centred} holds the raw vote and every product is corrected by the rank-one term {@code
   * -1 centre^T}, so the matrix is still never materialised.
   */
  private final boolean zeroImputation;

  private double centreDotV1;
  private double centreDotV2;

  CentredMatrix(VoteMatrix matrix) {
    this(matrix, false);
  }

  CentredMatrix(VoteMatrix matrix, boolean zeroImputation) {
    this.matrix = matrix;
    this.rows = matrix.rows();
    this.columns = matrix.columns();
    this.zeroImputation = zeroImputation;
    this.centre = new double[columns];
    this.centred = new double[columns << 2];
    for (int column = 0; column < columns; column++) {
      int votes = matrix.votes(column);
      if (matrix.rejected(column) || votes == 0) {
        continue;
      }
      int over = zeroImputation ? rows : votes;
      centre[column] = (matrix.agrees(column) - matrix.disagrees(column)) / (double) over;
      for (int code = 0; code < 3; code++) {
        centred[column << 2 | code] =
            zeroImputation ? SIGN_OF_CODE[code] : SIGN_OF_CODE[code] - centre[column];
      }
    }
    this.weighted = new double[columns << 3];
    this.partials = new double[Chunks.partials(rows)][columns << 3];
  }

  int rows() {
    return rows;
  }

  int columns() {
    return columns;
  }

  int statement(int column) {
    return matrix.statement(column);
  }

  double centre(int column) {
    return centre[column];
  }

  /**
   * One pass over the votes: {@code dots[2 row] = (X v1)_row}, {@code dots[2 row + 1] = (X
   * v2)_row}, {@code out1 = X^T X v1}, {@code out2 = X^T X v2}. Deterministic: fixed chunks,
   * partial sums added in chunk order.
   */
  void product(double[] v1, double[] v2, double[] dots, double[] out1, double[] out2) {
    for (int cell = 0; cell < columns << 2; cell++) {
      weighted[cell << 1] = centred[cell] * v1[cell >>> 2];
      weighted[cell << 1 | 1] = centred[cell] * v2[cell >>> 2];
    }
    centreDotV1 = zeroImputation ? PowerIteration.dot(centre, v1) : 0;
    centreDotV2 = zeroImputation ? PowerIteration.dot(centre, v2) : 0;
    if (partials.length == 1) {
      productRows(0, rows, dots, partials[0]);
    } else {
      Chunks.forEach(
          rows,
          chunk ->
              productRows(
                  Chunks.start(chunk, rows), Chunks.end(chunk, rows), dots, partials[chunk]));
    }
    Arrays.fill(out1, 0, columns, 0.0);
    Arrays.fill(out2, 0, columns, 0.0);
    for (double[] partial : partials) {
      for (int column = 0; column < columns; column++) {
        double sum1 = 0;
        double sum2 = 0;
        for (int code = 0; code < 3; code++) {
          int cell = column << 2 | code;
          sum1 += centred[cell] * partial[cell << 1];
          sum2 += centred[cell] * partial[cell << 1 | 1];
        }
        out1[column] += sum1;
        out2[column] += sum2;
      }
    }
    if (zeroImputation) {
      double total1 = 0;
      double total2 = 0;
      for (int row = 0; row < rows; row++) {
        total1 += dots[row << 1];
        total2 += dots[row << 1 | 1];
      }
      for (int column = 0; column < columns; column++) {
        out1[column] -= centre[column] * total1;
        out2[column] -= centre[column] * total2;
      }
    }
  }

  /**
   * With zero imputation, what turns a row's {@code X pc} into pol.is's projection over the votes
   * cast only (its sparsity-aware projection): {@code centre . pc} minus the centre times pc over
   * the row's voted columns. Zero for the spec's imputation, where missing cells are 0 already.
   */
  double[] missingCellsTerm(double[] pc) {
    double[] term = new double[rows];
    if (!zeroImputation) {
      return term;
    }
    double all = PowerIteration.dot(centre, pc);
    for (int row = 0; row < rows; row++) {
      int[] cells = matrix.cells(row);
      double voted = 0;
      for (int i = 0, n = matrix.length(row); i < n; i++) {
        int column = cells[i] >>> 2;
        voted += centre[column] * pc[column];
      }
      term[row] = all - voted;
    }
    return term;
  }

  /**
   * Rows two at a time: each row's dot is summed in its own order as before (the same bits), but
   * the two rows' additions are independent, so the processor overlaps them instead of waiting for
   * each addition of one chain. Scatters follow in row order, as before.
   */
  private void productRows(int from, int to, double[] dots, double[] accumulated) {
    Arrays.fill(accumulated, 0.0);
    double[] table = weighted;
    double start1 = zeroImputation ? -centreDotV1 : 0;
    double start2 = zeroImputation ? -centreDotV2 : 0;
    int row = from;
    for (; row + 1 < to; row += 2) {
      int[] cellsA = matrix.cells(row);
      int[] cellsB = matrix.cells(row + 1);
      int lengthA = matrix.length(row);
      int lengthB = matrix.length(row + 1);
      double a1 = start1;
      double a2 = start2;
      double b1 = start1;
      double b2 = start2;
      int common = Math.min(lengthA, lengthB);
      int i = 0;
      for (; i < common; i++) {
        int atA = cellsA[i] << 1;
        int atB = cellsB[i] << 1;
        a1 += table[atA];
        a2 += table[atA | 1];
        b1 += table[atB];
        b2 += table[atB | 1];
      }
      for (int j = i; j < lengthA; j++) {
        int at = cellsA[j] << 1;
        a1 += table[at];
        a2 += table[at | 1];
      }
      for (int j = i; j < lengthB; j++) {
        int at = cellsB[j] << 1;
        b1 += table[at];
        b2 += table[at | 1];
      }
      dots[row << 1] = a1;
      dots[row << 1 | 1] = a2;
      dots[(row + 1) << 1] = b1;
      dots[(row + 1) << 1 | 1] = b2;
      scatter(cellsA, lengthA, a1, a2, accumulated);
      scatter(cellsB, lengthB, b1, b2, accumulated);
    }
    for (; row < to; row++) {
      int[] cells = matrix.cells(row);
      int length = matrix.length(row);
      double dot1 = start1;
      double dot2 = start2;
      for (int i = 0; i < length; i++) {
        int at = cells[i] << 1;
        dot1 += table[at];
        dot2 += table[at | 1];
      }
      dots[row << 1] = dot1;
      dots[row << 1 | 1] = dot2;
      scatter(cells, length, dot1, dot2, accumulated);
    }
  }

  private static void scatter(
      int[] cells, int length, double dot1, double dot2, double[] accumulated) {
    if (dot1 != 0 || dot2 != 0) {
      for (int i = 0; i < length; i++) {
        int at = cells[i] << 1;
        accumulated[at] += dot1;
        accumulated[at | 1] += dot2;
      }
    }
  }

  /**
   * The scale of spec section 2.3 per row: sqrt(n_statements / max(n_votes, 1)), where rejected
   * columns count as voted for every participant.
   */
  double[] scales() {
    int statements = matrix.votedColumns();
    int rejectedColumns = matrix.rejectedVotedColumns();
    double[] scale = new double[rows];
    for (int row = 0; row < rows; row++) {
      int votes = rejectedColumns + matrix.length(row);
      if (rejectedColumns > 0) {
        int[] cells = matrix.cells(row);
        for (int i = 0, n = matrix.length(row); i < n; i++) {
          if (matrix.rejected(cells[i] >>> 2)) {
            votes--;
          }
        }
      }
      scale[row] = Math.sqrt(statements / (double) Math.max(votes, 1));
    }
    return scale;
  }
}
