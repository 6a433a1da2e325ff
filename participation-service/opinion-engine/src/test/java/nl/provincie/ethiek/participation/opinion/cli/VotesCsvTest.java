package nl.provincie.ethiek.participation.opinion.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import nl.provincie.ethiek.participation.opinion.Choice;
import nl.provincie.ethiek.participation.opinion.Datasets;
import nl.provincie.ethiek.participation.opinion.OpinionEngine;
import nl.provincie.ethiek.participation.opinion.Snapshot;
import nl.provincie.ethiek.participation.opinion.Vote;
import nl.provincie.ethiek.participation.opinion.VoteColumns;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link VotesCsv} against the row-by-row reading it replaced ({@link PolisExport#forEachRow} with
 * {@link PolisExport#vote}): the same votes in the same order, or the same error, for the shared
 * exports and for odd files, whatever the chunk size and number of threads.
 */
class VotesCsvTest {
  private static final String HEADER = "timestamp,datetime,comment-id,voter-id,vote\n";

  /** Chunk sizes from one byte (every line split) to one chunk, with 1 and 3 threads. */
  private static final int[][] CONFIGURATIONS = {
    {1, 1}, {1, 3}, {2, 3}, {7, 2}, {16, 3}, {64, 2}, {1 << 20, 1}, {VotesCsv.CHUNK_BYTES, 2}
  };

  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(
      strings = {
        "vtaiwan.uberx",
        "bg2050-volunteers",
        "canadian-electoral-reform",
        "football-concussions",
        "scoop-hivemind.ubi"
      })
  void reads_the_shared_exports_as_before_and_the_analysis_is_unchanged(String name)
      throws IOException {
    Path folder = Datasets.polis(name);
    Path file = folder.resolve("votes.csv");
    List<Vote> before = rowByRow(file);
    for (int chunk : new int[] {4_096, 100_000, VotesCsv.CHUNK_BYTES}) {
      VoteColumns columns = VotesCsv.read(file, chunk, 2);
      assertThat(columns).as("%s in chunks of %d", name, chunk).isEqualTo(before);
    }
    PolisExport export = PolisExport.read(folder);
    assertThat(export.votes()).isInstanceOf(VoteColumns.class).isEqualTo(before);
    Snapshot fromRecords = rebuild(export, before);
    Snapshot fromColumns = rebuild(export, export.votes());
    assertThat(fromColumns.participants()).isEqualTo(fromRecords.participants());
    assertThat(fromColumns.groups()).isEqualTo(fromRecords.groups());
    assertThat(fromColumns.consensus()).isEqualTo(fromRecords.consensus());
    assertThat(fromColumns.statements()).isEqualTo(fromRecords.statements());
    assertThat(PolisAnalyze.toJson(fromColumns, 0)).isEqualTo(PolisAnalyze.toJson(fromRecords, 0));
  }

  @Test
  void duplicate_and_out_of_order_votes_are_kept_in_file_order_and_replayed_by_time()
      throws IOException {
    String csv =
        HEADER
            + "3000,x,0,1,1\n"
            + "1000,x,0,1,-1\n" // earlier in time, later in the file: the agree stays latest
            + "2000,x,1,1,0\n"
            + "2000,x,1,1,1\n" // same time, later in the file: wins
            + "500,x,0,2,1\n";
    List<Vote> votes = same(csv);
    assertThat(votes)
        .containsExactly(
            new Vote(id(1), statement(0), Choice.AGREE, 3000),
            new Vote(id(1), statement(0), Choice.DISAGREE, 1000),
            new Vote(id(1), statement(1), Choice.PASS, 2000),
            new Vote(id(1), statement(1), Choice.AGREE, 2000),
            new Vote(id(2), statement(0), Choice.AGREE, 500));
    Snapshot snapshot =
        OpinionEngine.rebuild(
                java.util.Set.of(statement(0), statement(1)),
                java.util.Set.of(),
                votes,
                java.util.Set.of())
            .latest()
            .orElseThrow();
    assertThat(snapshot.statements().get(0).agrees()).isEqualTo(2);
    assertThat(snapshot.statements().get(0).castDisagrees()).isEqualTo(1);
    assertThat(snapshot.statements().get(1).agrees()).isEqualTo(1);
    assertThat(snapshot.statements().get(1).passes()).isZero();
  }

  @Test
  void line_ends_blank_lines_and_header_variations_read_as_before() throws IOException {
    assertThat(same("timestamp,datetime,comment-id,voter-id,vote\r\n1,x,2,3,1\r\n4,y,5,6,-1\r\n"))
        .hasSize(2);
    assertThat(same(HEADER + "1,x,2,3,1\n\n\r\n4,y,5,6,0")).hasSize(2); // blank lines, no last LF
    assertThat(same(HEADER + "1,x,2,3,1\r")).hasSize(1);
    assertThat(same("\uFEFF" + HEADER + "1,x,2,3,1\n")).hasSize(1);
    assertThat(same("vote,voter-id,extra,comment-id,timestamp\n1,3,,2,1\n-1,4,z,2,9,more\n"))
        .containsExactly(
            new Vote(id(3), statement(2), Choice.AGREE, 1),
            new Vote(id(4), statement(2), Choice.DISAGREE, 9));
    // a name twice: the last column wins, as in a row map
    assertThat(same("timestamp,vote,comment-id,voter-id,vote\n1,1,2,3,0\n"))
        .containsExactly(new Vote(id(3), statement(2), Choice.PASS, 1));
    assertThat(same(HEADER)).isEmpty();
    assertThat(same(HEADER.trim())).isEmpty();
    assertThat(same("")).isEmpty();
  }

  @Test
  void lines_off_the_fast_path_read_as_before() throws IOException {
    assertThat(same(HEADER + "1,\"Tue, 30 Jun\",2,3,1\n4,\"two\nlines\",5,6,-1\n")).hasSize(2);
    assertThat(same(HEADER + "1,二 8月 30 WIB 2016,2,3,1\n")).hasSize(1);
    assertThat(same(HEADER + "+1,x,007,+3,-0\n"))
        .containsExactly(new Vote(id(3), statement(7), Choice.PASS, 1));
    assertThat(same(HEADER + "1,x,2,9223372036854775807,1\n1,x\t,2,-12,1\n")).hasSize(2);
  }

  @Test
  void bad_lines_give_the_same_error_naming_file_and_record() throws IOException {
    assertThat(error(HEADER + "1,x,2,3,1\n1,x,2,3,2\n"))
        .isEqualTo("votes.csv record 3: a vote is 1, -1 or 0, not 2");
    assertThat(error(HEADER + "1,x,2,3,1\n\n1,x,-2,3,1\n"))
        .isEqualTo("votes.csv record 4: statement id must be >= 0: -2");
    error(HEADER + "1,x,2,abc,1\n");
    error(HEADER + "1,x,2,3\n");
    error(HEADER + "1,x,2,3,1\r\r\n");
    error(HEADER + "1,x,2,3,1 \n");
    error(HEADER + ",x,2,3,1\n");
    error(HEADER + "1,x,99999999999,3,1\n");
    error(HEADER + "1,x,2,99999999999999999999,1\n");
    error(HEADER + "1,x,2,3,1\n1,\"x,2,3,1\n");
    error("timestamp,datetime,comment-id,voter,vote\n1,x,2,3,1\n");
    error("timestamp,datetime,comment-id,voter-id,vote\n1,x,2,3,1,\n1,x,2,3\n");
    byte[] valid = bytes(HEADER + "1,x,2,3,1\n1,");
    byte[] invalid = java.util.Arrays.copyOf(valid, valid.length + 1);
    invalid[valid.length] = (byte) 0xC3; // a UTF-8 sequence cut short
    assertThat(error(invalid)).isEqualTo(new MalformedInputException(1).getMessage());
  }

  @Test
  void an_error_deep_in_a_large_file_names_its_record_whatever_the_chunks() throws IOException {
    StringBuilder csv = new StringBuilder(HEADER);
    Random random = new Random(5);
    for (int i = 0; i < 3_000; i++) {
      csv.append(random.nextInt(1_000_000)).append(",Mon Jan 30 04:18:29 WIB 2017,");
      csv.append(random.nextInt(50)).append(',').append(random.nextInt(300)).append(',');
      csv.append(random.nextInt(3) - 1).append(i % 7 == 0 ? "\r\n" : "\n");
    }
    assertThat(same(csv.toString())).hasSize(3_000);
    csv.append("1,x,2,3,x\n");
    for (int i = 0; i < 100; i++) {
      csv.append("1,x,2,3,7\n");
    }
    assertThat(error(csv.toString())).startsWith("votes.csv record 3002: For input string: \"x\"");
  }

  /** Reads csv both ways in every configuration; returns the votes after checking they agree. */
  private List<Vote> same(String csv) throws IOException {
    Path file = write(bytes(csv));
    List<Vote> before = rowByRow(file);
    for (int[] configuration : CONFIGURATIONS) {
      assertThat(VotesCsv.read(file, configuration[0], configuration[1]))
          .as("chunks of %d bytes, %d threads", configuration[0], configuration[1])
          .isEqualTo(before);
    }
    return before;
  }

  /** The row-by-row reader's error, after checking every configuration gives the same one. */
  private String error(String csv) throws IOException {
    return error(bytes(csv));
  }

  private String error(byte[] csv) throws IOException {
    Path file = write(csv);
    Exception before = failure(() -> rowByRow(file));
    assertThat(before).as("the row-by-row reader rejects it").isNotNull();
    for (int[] configuration : CONFIGURATIONS) {
      Exception after = failure(() -> VotesCsv.read(file, configuration[0], configuration[1]));
      assertThat(after)
          .as("chunks of %d bytes, %d threads", configuration[0], configuration[1])
          .isNotNull()
          .hasMessage(before.getMessage())
          .isInstanceOf(before.getClass());
    }
    return before.getMessage();
  }

  private interface Reading {
    Object run() throws IOException;
  }

  private static Exception failure(Reading reading) {
    try {
      reading.run();
      return null;
    } catch (IOException | RuntimeException e) {
      return e;
    }
  }

  private Path write(byte[] content) throws IOException {
    Path file = dir.resolve("votes.csv");
    Files.write(file, content);
    return file;
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  static List<Vote> rowByRow(Path file) throws IOException {
    List<Vote> votes = new ArrayList<>();
    PolisExport.forEachRow(file, row -> votes.add(PolisExport.vote(row)));
    return votes;
  }

  private static Snapshot rebuild(PolisExport export, List<Vote> votes) {
    return OpinionEngine.rebuild(export.statements(), export.meta(), votes, export.rejected())
        .latest()
        .orElseThrow();
  }

  private static nl.provincie.ethiek.participation.opinion.ParticipantId id(long value) {
    return nl.provincie.ethiek.participation.opinion.ParticipantId.of(value);
  }

  private static nl.provincie.ethiek.participation.opinion.StatementId statement(int value) {
    return nl.provincie.ethiek.participation.opinion.StatementId.of(value);
  }
}
