package nl.provincie.ethiek.participation.opinion.cli;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.provincie.ethiek.participation.opinion.Choice;
import nl.provincie.ethiek.participation.opinion.VoteColumns;

/**
 * Reads a pol.is votes.csv at disk speed, with exactly the result of {@link PolisExport#forEachRow}
 * and {@link PolisExport#vote} row by row (ADR 0050): the file is read as bytes in chunks of whole
 * lines, parsed in parallel into primitive columns and joined in file order, so the votes and the
 * first error are the same whatever the number of cores.
 *
 * <p>Only plain lines take the fast path: numbers as {@code -?[0-9]+} (at most 18 digits, the
 * comment id without sign, the vote -1, 0 or 1), ASCII only. Any other line is decoded and read by
 * the general CSV reader, which either accepts it as before or gives the same error. A double quote
 * anywhere (a quoted field may hold line breaks) sends the whole file to the general reader.
 */
final class VotesCsv {
  static final int CHUNK_BYTES = 8 << 20;
  private static final int MAX_DIGITS = 18;
  private static final int HEADER_BLOCK = 1 << 16;

  private final FileChannel channel;
  private final String name;
  private final long size;
  private final int chunkBytes;
  private List<String> header;

  /** Chunk builders and byte buffers, reused once a chunk is joined: touched once per read. */
  private final Queue<VoteColumns.Builder> spareVotes = new ConcurrentLinkedQueue<>();

  private final Queue<byte[]> spareBuffers = new ConcurrentLinkedQueue<>();

  private VotesCsv(FileChannel channel, String name, int chunkBytes) throws IOException {
    this.channel = channel;
    this.name = name;
    this.size = channel.size();
    this.chunkBytes = chunkBytes;
  }

  static VoteColumns read(Path file) throws IOException {
    return read(file, CHUNK_BYTES, Runtime.getRuntime().availableProcessors());
  }

  /** The same with a chunk size and a number of threads of choice (tests use tiny chunks). */
  static VoteColumns read(Path file, int chunkBytes, int threads) throws IOException {
    VoteColumns fast;
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      fast = new VotesCsv(channel, file.getFileName().toString(), chunkBytes).readFast(threads);
    }
    return fast != null ? fast : readGeneral(file);
  }

  /** The general reader for a whole file: quoted fields, odd headers. */
  static VoteColumns readGeneral(Path file) throws IOException {
    VoteColumns.Builder votes = VoteColumns.builder(1024);
    PolisExport.forEachRow(file, row -> votes.add(PolisExport.vote(row)));
    return votes.build();
  }

  /** The votes, or null when the file needs the general reader. */
  private VoteColumns readFast(int threads) throws IOException {
    if (size == 0) {
      return VoteColumns.builder(0).build();
    }
    long dataStart = readHeader();
    if (dataStart < 0) {
      return null;
    }
    if (dataStart == size) {
      return VoteColumns.builder(0).build();
    }
    long dataBytes = size - dataStart;
    int chunks = (int) Math.max(1, (dataBytes + chunkBytes - 1) / chunkBytes);
    // at most `window` chunks parsed ahead of the join
    int window = threads <= 1 ? 1 : 2 * threads;
    Queue<Future<Part>> pending = new ArrayDeque<>(window);
    ExecutorService pool =
        chunks == 1 || threads <= 1
            ? null
            : Executors.newFixedThreadPool(
                Math.min(threads, chunks),
                task -> {
                  Thread thread = new Thread(task, "votes-csv");
                  thread.setDaemon(true);
                  return thread;
                });
    try {
      int submitted = 0;
      VoteColumns.Builder all = null;
      int recordsBefore = 1; // the header is record 1
      for (int i = 0; i < chunks; i++) {
        for (; submitted < chunks && submitted < i + window; submitted++) {
          long start = dataStart + (long) submitted * chunkBytes;
          long end = Math.min(size, start + chunkBytes);
          pending.add(
              pool == null
                  ? CompletableFuture.completedFuture(parse(start, end))
                  : pool.submit(() -> parse(start, end)));
        }
        Part part = join(pending.poll());
        if (part.error != null) {
          int record = recordsBefore + part.records;
          if (part.error instanceof RuntimeException e) {
            throw new IOException(name + " record " + record + ": " + e.getMessage(), e);
          }
          throw (IOException) part.error;
        }
        if (part.quoted) {
          return null;
        }
        if (all == null) {
          // sized from the first chunk's bytes a vote: one copy at the end trims the slack
          double votesPerByte = part.votes.size() / (double) Math.max(1, part.bytes);
          all =
              VoteColumns.builder(
                  (int) Math.min(Integer.MAX_VALUE - 8, dataBytes * votesPerByte * 1.05 + 16));
        }
        all.addAll(part.votes);
        spareVotes.add(part.votes.clear());
        recordsBefore += part.records;
      }
      return all.build();
    } finally {
      if (pool != null) {
        pool.shutdownNow();
      }
    }
  }

  private static Part join(Future<Part> part) throws IOException {
    try {
      return part.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while reading votes", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof UncheckedIOException io) {
        throw io.getCause();
      }
      throw new IOException(e.getCause());
    }
  }

  /**
   * Reads the header line; returns where the data starts, or -1 when the general reader must read
   * the file (quotes or bad UTF-8 in the header, or a column missing: it then gives the error).
   */
  private long readHeader() throws IOException {
    byte[] bytes = new byte[0];
    long end = -1;
    while (end < 0 && bytes.length < size) {
      int from = bytes.length;
      byte[] more = read(from, (int) Math.min(HEADER_BLOCK, size - from));
      bytes = java.util.Arrays.copyOf(bytes, from + more.length);
      System.arraycopy(more, 0, bytes, from, more.length);
      for (int i = from; i < bytes.length; i++) {
        if (bytes[i] == '\n') {
          end = i;
          break;
        }
      }
    }
    int length = end < 0 ? bytes.length : (int) end;
    for (int i = 0; i < length; i++) {
      if (bytes[i] == '"') {
        return -1;
      }
    }
    String text;
    try {
      text = decode(bytes, 0, length);
    } catch (CharacterCodingException e) {
      return -1;
    }
    header = new Csv(new StringReader(text + "\n")).next();
    if (header.get(0).startsWith("\uFEFF")) {
      header.set(0, header.get(0).substring(1));
    }
    // as in a row map, the last column of a name wins
    roles = new byte[header.size()];
    String[] names = {"timestamp", "voter-id", "comment-id", "vote"};
    byte[] named = {TIMESTAMP, VOTER, COMMENT, VOTE};
    for (int n = 0; n < names.length; n++) {
      int field = header.lastIndexOf(names[n]);
      if (field < 0) {
        return -1;
      }
      roles[field] = named[n];
    }
    return end < 0 ? size : end + 1;
  }

  private byte[] read(long position, int length) throws IOException {
    byte[] bytes = new byte[length];
    readInto(bytes, 0, position, length);
    return bytes;
  }

  private void readInto(byte[] bytes, int offset, long position, int length) throws IOException {
    ByteBuffer buffer = ByteBuffer.wrap(bytes, offset, length);
    while (buffer.hasRemaining()) {
      int n = channel.read(buffer, position + buffer.position() - offset);
      if (n < 0) {
        throw new IOException(name + " became shorter while being read");
      }
    }
  }

  /** What one chunk held: the lines whose first byte lies in it. */
  private static final class Part {
    VoteColumns.Builder votes;
    byte[] buffer;
    long bytes;
    int records;
    Exception error;
    boolean quoted;
  }

  private Part parse(long start, long end) {
    VoteColumns.Builder votes = spareVotes.poll();
    Part part = new Part();
    part.votes = votes != null ? votes : VoteColumns.builder((int) ((end - start) / 32) + 16);
    byte[] buffer = spareBuffers.poll();
    part.buffer = buffer != null ? buffer : new byte[(int) (end - start) + 1 + 256];
    try {
      return parseChunk(start, end, part);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      spareBuffers.add(part.buffer);
      part.buffer = null;
    }
  }

  private Part parseChunk(long start, long end, Part part) throws IOException {
    // from the byte before the chunk (is a line starting at `start`?) to the end of the last line
    long from = start - 1;
    int length = (int) (end - from);
    byte[] buffer = part.buffer.length >= length ? part.buffer : new byte[length + 256];
    part.buffer = buffer;
    readInto(buffer, 0, from, length);
    int lastLineEnd = indexOf(buffer, (int) (end - 1 - from), length);
    while (lastLineEnd < 0 && from + length < size) {
      int more = (int) Math.min(1 << 16, size - from - length);
      if (buffer.length < length + more) {
        buffer = java.util.Arrays.copyOf(buffer, (length + more) * 2);
        part.buffer = buffer;
      }
      readInto(buffer, length, from + length, more);
      lastLineEnd = indexOf(buffer, length, length + more);
      length += more;
    }
    int limit = lastLineEnd < 0 ? length : lastLineEnd + 1;
    // the byte before the chunk is the header's line end for the first chunk
    int first = indexOf(buffer, 0, limit) + 1;
    if (first == 0) {
      return part; // one line runs through the whole chunk: it belongs to an earlier one
    }
    int chunkEnd = (int) (end - from);
    int line = first;
    while (line < chunkEnd && line < limit) {
      part.records++;
      int lineEnd = parseLine(buffer, line, limit, part.votes);
      if (lineEnd < 0) {
        lineEnd = indexOf(buffer, line, limit);
        lineEnd = lineEnd < 0 ? limit : lineEnd;
        if (part.quoted = contains(buffer, line, lineEnd, (byte) '"')) {
          return part;
        }
        try {
          readGeneral(buffer, line, lineEnd, part.votes);
        } catch (RuntimeException | CharacterCodingException e) {
          part.error = e; // in record `records` of this chunk
          return part;
        }
      }
      line = lineEnd + 1;
    }
    part.bytes = line - first;
    return part;
  }

  private static int indexOf(byte[] bytes, int from, int to) {
    for (int i = Math.max(0, from); i < to; i++) {
      if (bytes[i] == '\n') {
        return i;
      }
    }
    return -1;
  }

  private static boolean contains(byte[] bytes, int from, int to, byte wanted) {
    for (int i = from; i < to; i++) {
      if (bytes[i] == wanted) {
        return true;
      }
    }
    return false;
  }

  private static final byte SKIP = 0;
  private static final byte TIMESTAMP = 1;
  private static final byte VOTER = 2;
  private static final byte COMMENT = 3;
  private static final byte VOTE = 4;

  /** Per field of the header: which number it holds, or {@link #SKIP}. */
  private byte[] roles;

  /**
   * Parses the plain line starting at {@code from} in one pass and adds its vote (an empty line is
   * skipped, as {@link PolisExport#forEachRow} does); returns the index of its line end ({@code
   * limit} for the last line without one), or -1 when the general reader must read it. Mirrors
   * {@link Csv}: only the line's last field loses one trailing carriage return.
   */
  private int parseLine(byte[] bytes, int from, int limit, VoteColumns.Builder votes) {
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
        while (i < limit && !lineEndsAt(bytes, i, limit) && bytes[i] != ',') {
          byte b = bytes[i];
          if (b < ' ' || b == '"') {
            return -1; // a quote, a control byte or not ASCII (b < 0): the general reader decides
          }
          i++;
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

  /** One line through the general reader: the same vote, or the same error, as before. */
  private void readGeneral(byte[] bytes, int from, int to, VoteColumns.Builder votes)
      throws CharacterCodingException {
    String text = decode(bytes, from, to - from);
    List<String> fields;
    try {
      fields = new Csv(new StringReader(text + "\n")).next();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (fields.size() == 1 && fields.get(0).isEmpty()) {
      return;
    }
    Map<String, String> row = new HashMap<>();
    for (int i = 0; i < header.size() && i < fields.size(); i++) {
      row.put(header.get(i), fields.get(i));
    }
    votes.add(PolisExport.vote(row));
  }

  private static String decode(byte[] bytes, int from, int length) throws CharacterCodingException {
    return StandardCharsets.UTF_8
        .newDecoder()
        .decode(ByteBuffer.wrap(bytes, from, length))
        .toString();
  }
}
