package nl.provincie.ethiek.participation.opinion;

import java.util.Arrays;

/**
 * The cold replay of {@link OpinionEngine#rebuild} for votes held as columns (ADR 0062): the
 * earliest windows are replayed one by one, in time order, until the vote matrix is settled ({@link
 * VoteMatrix#settled}: the in-conversation rule can no longer tell one batch from many); every
 * later vote is then recorded at once by {@link SettledLoad}, without sorting them by time. The
 * result is the one of replaying every window. Only for a cold replay under rules that never count
 * rejected statements as votes: a live replay computes every window, and the counting defect of
 * 2017 depends on each window's time.
 *
 * <p>The earliest windows are found in rounds: a round takes the windows up to a cut chosen from a
 * fixed sample of the cast times so that it holds about {@code target} votes, sorts those votes and
 * replays them; the next round takes four times as many. Rounds hold whole windows, so where they
 * end does not change the result.
 */
final class SettlingReplay {
  private static final int FIRST_ROUND_VOTES = 1 << 16;
  private static final int SAMPLES = 4_096;

  private SettlingReplay() {}

  static void run(OpinionEngine engine, VoteMatrix matrix, VoteColumns votes, Replay replay) {
    int n = votes.size();
    long windowMillis = replay.windowMillis();
    LaterWindows remaining = LaterWindows.all();
    long target = Math.max(FIRST_ROUND_VOTES, n >>> 8);
    while (true) {
      long cut = cut(votes, remaining, windowMillis, target);
      LaterWindows afterCut = LaterWindows.after(cut, windowMillis);
      VoteColumns round = select(votes, remaining, afterCut);
      if (round.isEmpty()) {
        return;
      }
      VoteColumns ordered = round.inTimeOrder();
      int recorded = engine.replayInOrder(ordered, replay, true);
      if (matrix.settled()) {
        long last = OpinionEngine.window(ordered, recorded - 1, replay);
        SettledLoad.load(matrix, votes, LaterWindows.after(last, windowMillis));
        return;
      }
      remaining = afterCut;
      target = Math.min(Integer.MAX_VALUE, target * 4);
    }
  }

  /**
   * The last window of the next round: among a fixed sample of the remaining votes, the window of
   * the one at the round's share of them; {@link Long#MAX_VALUE} (every window) when the sample is
   * used up.
   */
  private static long cut(
      VoteColumns votes, LaterWindows remaining, long windowMillis, long target) {
    int n = votes.size();
    int stride = Math.max(1, n / SAMPLES);
    long[] windows = new long[(n + stride - 1) / stride];
    int sampled = 0;
    for (int i = 0; i < n; i += stride) {
      long at = votes.castAtMillis(i);
      if (remaining.contains(at)) {
        windows[sampled++] = Math.floorDiv(at, windowMillis);
      }
    }
    long rank = (target + stride - 1) / stride - 1;
    if (rank >= sampled) {
      return Long.MAX_VALUE;
    }
    Arrays.sort(windows, 0, sampled);
    return windows[(int) rank];
  }

  /** The votes in {@code remaining} windows and not in {@code afterCut}, in list order. */
  private static VoteColumns select(
      VoteColumns votes, LaterWindows remaining, LaterWindows afterCut) {
    int n = votes.size();
    int count = 0;
    for (int i = 0; i < n; i++) {
      long at = votes.castAtMillis(i);
      if (remaining.contains(at) && !afterCut.contains(at)) {
        count++;
      }
    }
    VoteColumns.Builder round = VoteColumns.builder(count);
    for (int i = 0; i < n && round.size() < count; i++) {
      long at = votes.castAtMillis(i);
      if (remaining.contains(at) && !afterCut.contains(at)) {
        round.add(votes.participantAt(i), votes.statementAt(i), votes.choiceAt(i), at);
      }
    }
    return round.build();
  }
}
