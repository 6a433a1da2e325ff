package nl.provincie.ethiek.participation.opinion;

/**
 * The centred vote matrix of spec section 2.1 as an operator, never materialised: a voted cell is
 * {@code vote - centre_j}, a missing cell is exactly 0, a rejected column is 0 everywhere. {@code
 * centred[column << 2 | code]} holds the centred value, so each cell costs one table look-up.
 */
final class CentredMatrix {
  private static final int[] SIGN_OF_CODE = {0, 1, -1, 0};

  private final VoteMatrix matrix;
  private final int rows;
  private final int columns;
  private final double[] centre;
  private final double[] centred;
  private final double[][] partials;

  CentredMatrix(VoteMatrix matrix) {
    this.matrix = matrix;
    this.rows = matrix.rows();
    this.columns = matrix.columns();
    this.centre = new double[columns];
    this.centred = new double[columns << 2];
    for (int column = 0; column < columns; column++) {
      int votes = matrix.votes(column);
      if (matrix.rejected(column) || votes == 0) {
        continue;
      }
      centre[column] = (matrix.agrees(column) - matrix.disagrees(column)) / (double) votes;
      for (int code = 0; code < 3; code++) {
        centred[column << 2 | code] = SIGN_OF_CODE[code] - centre[column];
      }
    }
    this.partials = new double[Chunks.COUNT][columns];
  }

  int columns() {
    return columns;
  }

  double centre(int column) {
    return centre[column];
  }

  /** out = X^T X v, in one pass over the votes. */
  void gram(double[] v, double[] out) {
    Chunks.forEach(rows, chunk -> gramChunk(chunk, v, partials[chunk]));
    java.util.Arrays.fill(out, 0, columns, 0.0);
    for (double[] partial : partials) {
      for (int column = 0; column < columns; column++) {
        out[column] += partial[column];
      }
    }
  }

  private void gramChunk(int chunk, double[] v, double[] out) {
    java.util.Arrays.fill(out, 0.0);
    double[] table = centred;
    for (int row = Chunks.start(chunk, rows), end = Chunks.end(chunk, rows); row < end; row++) {
      int[] cells = matrix.cells(row);
      int length = matrix.length(row);
      double dot = 0;
      for (int i = 0; i < length; i++) {
        int cell = cells[i];
        dot += table[cell] * v[cell >>> 2];
      }
      if (dot != 0) {
        for (int i = 0; i < length; i++) {
          int cell = cells[i];
          out[cell >>> 2] += table[cell] * dot;
        }
      }
    }
  }

  /**
   * Participant positions (spec section 2.3): sum of centred vote times component, scaled by
   * sqrt(n_statements / max(n_votes, 1)); rejected columns count as voted for every participant.
   */
  void project(double[] pc1, double[] pc2, double[] x, double[] y) {
    int statements = matrix.votedColumns();
    int rejectedColumns = matrix.rejectedVotedColumns();
    Chunks.forEach(
        rows,
        chunk -> {
          for (int row = Chunks.start(chunk, rows), end = Chunks.end(chunk, rows);
              row < end;
              row++) {
            int[] cells = matrix.cells(row);
            int length = matrix.length(row);
            double px = 0;
            double py = 0;
            int votes = rejectedColumns;
            for (int i = 0; i < length; i++) {
              int cell = cells[i];
              int column = cell >>> 2;
              if (!matrix.rejected(column)) {
                votes++;
                px += centred[cell] * pc1[column];
                py += centred[cell] * pc2[column];
              }
            }
            double scale = Math.sqrt(statements / (double) Math.max(votes, 1));
            x[row] = px * scale;
            y[row] = py * scale;
          }
        });
  }
}
