package nl.provincie.ethiek.participation.polis;

import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The progress line of a running votes.csv import, every few seconds: counts and rates only,
 * nothing about a voter (docs/adr/0056).
 */
final class ImportProgress implements StreamedVotesCsv.Progress {

  private static final Logger LOG = LoggerFactory.getLogger(ImportProgress.class);
  private static final long EVERY_NANOS = 5_000_000_000L;
  private static final double MB = 1024 * 1024;

  private final UUID conversation;
  private final long totalBytes;
  private final long started = System.nanoTime();
  private long lastLine = started;
  private long rows;
  private long bytes;

  /** {@code totalBytes} is the body's Content-Length, or -1 when it was not sent. */
  ImportProgress(UUID conversation, long totalBytes) {
    this.conversation = conversation;
    this.totalBytes = totalBytes;
  }

  @Override
  public void read(long rows, long bytes) {
    this.rows = rows;
    this.bytes = bytes;
    long now = System.nanoTime();
    if (now - lastLine < EVERY_NANOS) {
      return;
    }
    lastLine = now;
    double seconds = (now - started) / 1e9;
    LOG.info(
        "pol.is votes import into {}: {} rows read ({} rows/s), {}",
        conversation,
        rows,
        Math.round(rows / seconds),
        totalBytes >= 0
            ? String.format(
                "%.0f of %.0f MB (%.0f %%)",
                bytes / MB, totalBytes / MB, 100.0 * bytes / totalBytes)
            : String.format("%.0f MB", bytes / MB));
  }

  /** The closing line: how long each step took. */
  void done(long copiedNanos, long participantsNanos, long currentNanos) {
    double seconds = (System.nanoTime() - started) / 1e9;
    LOG.info(
        "pol.is votes import into {}: {} rows, {} MB in {} s ({} rows/s): read and copied {} s,"
            + " participants {} s, current votes {} s",
        conversation,
        rows,
        Math.round(bytes / MB),
        String.format("%.1f", seconds),
        Math.round(rows / seconds),
        String.format("%.1f", copiedNanos / 1e9),
        String.format("%.1f", participantsNanos / 1e9),
        String.format("%.1f", currentNanos / 1e9));
  }
}
