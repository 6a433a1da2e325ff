package nl.provincie.ethiek.participation.polis;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.provincie.ethiek.participation.opinion.cli.PolisExport;
import nl.provincie.ethiek.participation.polis.domain.InvalidPolisExport;
import nl.provincie.ethiek.participation.polis.domain.InvalidPolisExport.Kind;

/**
 * Reads a pol.is votes.csv from the request body line by line in bounded memory (docs/adr/0056),
 * with the votes and the refusals the import gave when it read the body as one string: a NUL
 * anywhere first, then a first line without the four columns, then the first bad record (as {@link
 * PolisCsv#vote}, numbered as {@link PolisExport#forEachRow} numbers them).
 *
 * <p>Plain lines (no quote, no control byte but a final carriage return, numbers {@code
 * -?[0-9]{1,9}}, a time of up to 18 digits that PostgreSQL can store, the vote -1, 0 or 1, at least
 * as many fields as the header) are parsed from the bytes without allocation. Any other line is
 * decoded and read as a row map, which accepts it or refuses it as before. A double quote (a quoted
 * field may hold a line break) hands the rest of the body, from that line, to the general CSV
 * reader of the opinion engine.
 */
final class StreamedVotesCsv {

  static final String NAME = "votes.csv";

  /** The longest line read (a larger body was refused whole before, at 8 MB). */
  static final int MAX_LINE = 8 << 20;

  private static final int BLOCK = 1 << 16;
  private static final byte SKIP = 0;
  private static final byte TIMESTAMP = 1;
  private static final byte COMMENT = 2;
  private static final byte VOTER = 3;
  private static final byte VOTE = 4;

  /** Where the votes go, in file order. */
  interface Sink {
    void vote(long timestamp, int commentId, int voterId, int vote);
  }

  /** Told now and then how far the reading is. */
  interface Progress {
    void read(long rows, long bytes);
  }

  private final ScanningInput in;
  private final Sink sink;
  private final Progress progress;
  private byte[] buffer = new byte[BLOCK];
  private int start;
  private int end;
  private boolean eof;
  private long rows;

  private List<String> header;
  private byte[] roles;

  private StreamedVotesCsv(InputStream body, Sink sink, Progress progress) {
    this.in = new ScanningInput(body);
    this.sink = sink;
    this.progress = progress;
  }

  /**
   * Reads the whole body into the sink and answers the number of votes; throws the refusal the
   * import gave for the same text, after reading the body to its end.
   */
  static long read(InputStream body, Sink sink, Progress progress) {
    return new StreamedVotesCsv(body, sink, progress).readAll();
  }

  private long readAll() {
    Optional<InvalidPolisExport> refused = readRecords();
    if (refused.isPresent() || in.sawNul()) {
      in.drain();
    }
    if (in.sawNul()) {
      throw PolisCsv.hasNul(NAME);
    }
    refused.ifPresent(
        e -> {
          throw e;
        });
    progress.read(rows, in.bytes());
    return rows;
  }

  private Optional<InvalidPolisExport> readRecords() {
    int headerEnd = lineEnd();
    if (headerEnd < 0) {
      return Optional.of(tooLong(1));
    }
    Optional<InvalidPolisExport> missing =
        PolisCsv.missingColumns(firstPhysicalLine(headerEnd), NAME, PolisCsv.VOTE_COLUMNS);
    if (missing.isPresent()) {
      return missing;
    }
    if (indexOf((byte) '"', start, headerEnd) >= 0) {
      return general(null, 0);
    }
    header = fields(decode(start, headerEnd));
    if (header.get(0).startsWith("\uFEFF")) {
      header.set(0, header.get(0).substring(1));
    }
    roles = roles(header);
    start = Math.min(end, headerEnd + 1);
    int records = 1;
    while (true) {
      int lineEnd = lineEnd();
      if (lineEnd < 0) {
        return Optional.of(tooLong(records + 1));
      }
      if (start == end && eof) {
        return Optional.empty();
      }
      if (indexOf((byte) '"', start, lineEnd) >= 0) {
        return general(header, records);
      }
      records++;
      if (!plain(start, lineEnd)) {
        Optional<InvalidPolisExport> bad = row(records, start, lineEnd);
        if (bad.isPresent()) {
          return bad;
        }
      }
      start = Math.min(end, lineEnd + 1);
      if ((records & 0xfff) == 0) {
        progress.read(rows, in.bytes());
      }
    }
  }

  /** The first line as the check of the columns saw it: up to the first line feed or return. */
  private String firstPhysicalLine(int headerEnd) {
    int cr = indexOf((byte) '\r', start, headerEnd);
    return decode(start, cr < 0 ? headerEnd : cr);
  }

  /**
   * The index of the line feed ending the line at {@code start} (or {@code end} at the end of the
   * body), reading more as needed; -1 when the line is longer than {@link #MAX_LINE}.
   */
  private int lineEnd() {
    int searched = start;
    while (true) {
      int lf = indexOf((byte) '\n', searched, end);
      if (lf >= 0) {
        return lf;
      }
      if (eof) {
        return end;
      }
      int length = end - start;
      if (length >= MAX_LINE) {
        return -1;
      }
      fill(); // may move the line to the front of the buffer
      searched = start + length;
    }
  }

  private void fill() {
    if (start > 0) {
      System.arraycopy(buffer, start, buffer, 0, end - start);
      end -= start;
      start = 0;
    }
    if (end == buffer.length) {
      buffer = Arrays.copyOf(buffer, Math.min(MAX_LINE + BLOCK, buffer.length * 2));
    }
    int n = in.read(buffer, end, buffer.length - end);
    if (n < 0) {
      eof = true;
    } else {
      end += n;
    }
  }

  private int indexOf(byte wanted, int from, int to) {
    for (int i = from; i < to; i++) {
      if (buffer[i] == wanted) {
        return i;
      }
    }
    return -1;
  }

  /** Per header field: which number it holds; as in a row map, the last column of a name wins. */
  private static byte[] roles(List<String> header) {
    byte[] roles = new byte[header.size()];
    String[] names = {"timestamp", "comment-id", "voter-id", "vote"};
    byte[] named = {TIMESTAMP, COMMENT, VOTER, VOTE};
    for (int n = 0; n < names.length; n++) {
      int field = header.lastIndexOf(names[n]);
      if (field < 0) {
        return null; // a column only after stripping: the row maps refuse every record
      }
      roles[field] = named[n];
    }
    return roles;
  }

  /**
   * Parses a plain line in one pass and gives its vote to the sink (an empty line is skipped, as
   * the row reader skips it); false when the line must be read as a row map.
   */
  private boolean plain(int from, int to) {
    if (roles == null) {
      return false;
    }
    byte[] b = buffer;
    int last = to > from && b[to - 1] == '\r' ? to - 1 : to; // the last field loses one return
    if (last == from) {
      return true;
    }
    long timestamp = 0;
    long comment = 0;
    long voter = 0;
    long vote = 0;
    int i = from;
    int field = 0;
    while (true) {
      byte role = field < roles.length ? roles[field] : SKIP;
      if (role == SKIP) {
        while (i < last && b[i] != ',') {
          if (b[i] >= 0 && b[i] < ' ') {
            return false;
          }
          i++;
        }
      } else {
        boolean negative = i < last && b[i] == '-';
        if (negative) {
          i++;
        }
        int digitsFrom = i;
        long value = 0;
        while (i < last && b[i] >= '0' && b[i] <= '9') {
          value = value * 10 + (b[i] - '0');
          i++;
        }
        int digits = i - digitsFrom;
        if (digits == 0 || digits > (role == TIMESTAMP ? 18 : 9)) {
          return false;
        }
        value = negative ? -value : value;
        switch (role) {
          case TIMESTAMP -> timestamp = value;
          case COMMENT -> comment = value;
          case VOTER -> voter = value;
          default -> vote = value;
        }
      }
      if (i == last) {
        break;
      }
      if (b[i] != ',') {
        return false;
      }
      i++;
      field++;
    }
    if (field + 1 < roles.length || vote < -1 || vote > 1 || !PolisCsv.storableTime(timestamp)) {
      return false;
    }
    sink.vote(timestamp, (int) comment, (int) voter, (int) vote);
    rows++;
    return true;
  }

  /** A line without quotes read as a row map, as the row reader reads it. */
  private Optional<InvalidPolisExport> row(int record, int from, int to) {
    List<String> fields = fields(decode(from, to));
    if (fields.size() == 1 && fields.get(0).isEmpty()) {
      return Optional.empty();
    }
    Map<String, String> row = new HashMap<>();
    for (int i = 0; i < header.size() && i < fields.size(); i++) {
      row.put(header.get(i), fields.get(i));
    }
    PolisVote vote;
    try {
      vote = PolisCsv.vote(row);
    } catch (RuntimeException e) {
      return Optional.of(
          new InvalidPolisExport(
              Kind.NOT_AN_EXPORT, NAME + " record " + record + ": " + e.getMessage()));
    }
    sink.vote(vote.timestamp(), vote.commentId(), vote.voterId(), vote.vote());
    rows++;
    return Optional.empty();
  }

  private void accept(Map<String, String> row) {
    PolisVote vote = PolisCsv.vote(row);
    sink.vote(vote.timestamp(), vote.commentId(), vote.voterId(), vote.vote());
    rows++;
  }

  /**
   * The rest of the body, from the line at {@code start}, read by the engine's CSV reader: the
   * whole body when {@code header} is null, else the records after {@code recordsBefore}.
   */
  private Optional<InvalidPolisExport> general(List<String> header, int recordsBefore) {
    InputStream rest =
        new SequenceInputStream(new ByteArrayInputStream(buffer, start, end - start), in);
    Reader reader = new InputStreamReader(rest, StandardCharsets.UTF_8);
    try {
      if (header == null) {
        PolisExport.forEachRow(reader, NAME, this::accept);
      } else {
        PolisExport.forEachRowAfter(reader, header, recordsBefore, NAME, this::accept);
      }
      return Optional.empty();
    } catch (IOException e) {
      // the row reader wraps what the row action threw: a bad value, or a failure of the sink
      if (e.getCause() instanceof RuntimeException failure
          && !(failure instanceof IllegalArgumentException)) {
        throw failure;
      }
      return Optional.of(new InvalidPolisExport(Kind.NOT_AN_EXPORT, e.getMessage()));
    }
  }

  private String decode(int from, int to) {
    return new String(buffer, from, to - from, StandardCharsets.UTF_8);
  }

  /** The fields of a line without quotes, as the CSV reader splits them. */
  private static List<String> fields(String line) {
    List<String> fields = new ArrayList<>(Arrays.asList(line.split(",", -1)));
    int lastField = fields.size() - 1;
    String last = fields.get(lastField);
    if (last.endsWith("\r")) {
      fields.set(lastField, last.substring(0, last.length() - 1));
    }
    return fields;
  }

  private InvalidPolisExport tooLong(int record) {
    return new InvalidPolisExport(
        Kind.NOT_AN_EXPORT,
        NAME + " record " + record + ": a line longer than 8 MB; pol.is writes short lines.");
  }
}
