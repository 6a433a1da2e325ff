package nl.provincie.ethiek.participation.opinion;

/**
 * Where one computation's time went, in nanoseconds (for benchmarks and operators): merging the
 * recorded votes, the principal components (all passes over the votes), ordering the rows, the base
 * clusters and opinion groups (k-means and silhouettes), the group statistics (counts,
 * representative statements, consensus) and assembling the snapshot.
 */
public record PhaseTimes(
    long mergeNanos,
    long componentsNanos,
    long rowOrderNanos,
    long clusteringNanos,
    long statisticsNanos,
    long snapshotNanos) {

  /** Nanoseconds in all phases together. */
  public long totalNanos() {
    return mergeNanos
        + componentsNanos
        + rowOrderNanos
        + clusteringNanos
        + statisticsNanos
        + snapshotNanos;
  }
}
