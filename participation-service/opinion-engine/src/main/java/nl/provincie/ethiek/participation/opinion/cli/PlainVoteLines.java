package nl.provincie.ethiek.participation.opinion.cli;

import java.util.List;
import nl.provincie.ethiek.participation.opinion.Choice;
import nl.provincie.ethiek.participation.opinion.VoteColumns;

/**
 * The fast path of {@link VotesCsv}: a plain votes.csv line (numbers {@code -?[0-9]{1,18}}, the
 * comment id without sign, the vote -1, 0 or 1, printable ASCII) parsed in one pass without
 * allocation. Anything else is left to the general reader. Immutable: shared by the threads.
 */
final class PlainVoteLines {
  private static final int MAX_DIGITS = 18;
  private static final byte SKIP = 0;
  private static final byte TIMESTAMP = 1;
  private static final byte VOTER = 2;
  private static final byte COMMENT = 3;
  private static final byte VOTE = 4;

  /** Per field of the header: which number it holds, or {@link #SKIP}. */
  private final byte[] roles;

  private PlainVoteLines(byte[] roles) {
    this.roles = roles;
  }

  /** The parser for a header, or null when it lacks one of the four columns. */
  static PlainVoteLines of(List<String> header) {
    // as in a row map, the last column of a name wins
    byte[] roles = new byte[header.size()];
    String[] names = {"timestamp", "voter-id", "comment-id", "vote"};
    byte[] named = {TIMESTAMP, VOTER, COMMENT, VOTE};
    for (int n = 0; n < names.length; n++) {
      int field = header.lastIndexOf(names[n]);
      if (field < 0) {
        return null;
      }
      roles[field] = named[n];
    }
    return new PlainVoteLines(roles);
  }

  /**
   * Parses the plain line starting at {@code from} in one pass and adds its vote (an empty line is
   * skipped, as {@link PolisExport#forEachRow} does); returns the index of its line end ({@code
   * limit} for the last line without one), or -1 when the general reader must read it. Mirrors
   * {@link Csv}: only the line's last field loses one trailing carriage return.
   */
  int parse(byte[] bytes, int from, int limit, VoteColumns.Builder votes) {
    if (lineEndsAt(bytes, from, limit)) {
      return bytes[from] == '\r' ? from + 1 : from; // an empty record
    }
    long timestamp = 0;
    long voter = 0;
    long comment = -1;
    long vote = 2;
    int found = 0;
    int i = from;
    for (int field = 0; ; field++) {
      byte role = field < roles.length ? roles[field] : SKIP;
      if (role == SKIP) {
        for (; i < limit; i++) {
          byte b = bytes[i];
          if (b == ',') {
            break;
          }
          if (b < ' ' || b == '"') { // a line end is a control byte too
            if (lineEndsAt(bytes, i, limit)) {
              break;
            }
            return -1; // a quote, a control byte or not ASCII (b < 0): the general reader decides
          }
        }
      } else {
        boolean negative = i < limit && bytes[i] == '-';
        if (negative) {
          i++;
        }
        int digitsFrom = i;
        long value = 0;
        while (i < limit) {
          int digit = bytes[i] - '0';
          if (digit < 0 || digit > 9) {
            break;
          }
          value = value * 10 + digit;
          i++;
        }
        if (i == digitsFrom || i - digitsFrom > MAX_DIGITS) {
          return -1;
        }
        value = negative ? -value : value;
        switch (role) {
          case TIMESTAMP -> timestamp = value;
          case VOTER -> voter = value;
          case COMMENT -> comment = value;
          default -> vote = value;
        }
        found++;
      }
      if (lineEndsAt(bytes, i, limit)) {
        break;
      }
      if (bytes[i] != ',') {
        return -1;
      }
      i++;
    }
    if (found < 4 || comment < 0 || comment > Integer.MAX_VALUE || vote < -1 || vote > 1) {
      return -1;
    }
    votes.add(voter, (int) comment, Choice.ofSign((int) vote), timestamp);
    return i < limit && bytes[i] == '\r' ? i + 1 : i;
  }

  /** Whether the line ends at i: a line feed, a carriage return before one, or the data's end. */
  private static boolean lineEndsAt(byte[] bytes, int i, int limit) {
    if (i >= limit) {
      return true;
    }
    byte b = bytes[i];
    return b == '\n' || b == '\r' && (i + 1 == limit || bytes[i + 1] == '\n');
  }
}
