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
import nl.provincie.ethiek.participation.opinion.VoteColumns;

/**
 * Reads a pol.is votes.csv at disk speed, with exactly the result of {@link PolisExport#forEachRow}
 * and {@link PolisExport#vote} row by row (ADR 0050): the file is read as bytes in chunks of whole
 * lines, parsed in parallel into primitive columns and joined in file order, so the votes and the
 * first error are the same whatever the number of cores.
 *
 * <p>Only plain lines take the fast path ({@link PlainVoteLines}). Any other line is decoded and
 * read by the general CSV reader, which either accepts it as before or gives the same error. A
 * double quote anywhere (a quoted field may hold line breaks) sends the whole file to the general
 * reader.
 */
final class VotesCsv {
  static final int CHUNK_BYTES = 8 << 20;
  private static final int HEADER_BLOCK = 1 << 16;

  private final FileChannel channel;
  private final String name;
  private final long size;
  private final int chunkBytes;
  private List<String> header;
  private PlainVoteLines lines;

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
    lines = PlainVoteLines.of(header);
    if (lines == null) {
      return -1;
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
      int lineEnd = lines.parse(buffer, line, limit, part.votes);
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
