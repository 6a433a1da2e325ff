package nl.provincie.ethiek.participation.polis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import nl.provincie.ethiek.participation.opinion.cli.PolisExport;
import nl.provincie.ethiek.participation.polis.domain.InvalidPolisExport;
import org.junit.jupiter.api.Test;

/**
 * The streamed reader against the row reader it replaces, on bodies that arrive in pieces of random
 * sizes: the same votes in the same order, the same first refusal (docs/adr/0056).
 */
class StreamedVotesCsvTest {

  private static final String HEADER = "timestamp,datetime,comment-id,voter-id,vote\n";

  /** A body that comes in pieces of 1 to 9,000 bytes, as a network might deliver it. */
  private static InputStream inPieces(String text, long seed) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    Random random = new Random(seed);
    return new ByteArrayInputStream(bytes) {
      @Override
      public synchronized int read(byte[] b, int off, int len) {
        return super.read(b, off, Math.min(len, 1 + random.nextInt(9_000)));
      }
    };
  }

  private static List<String> streamed(String text, long seed) {
    List<String> votes = new ArrayList<>();
    long rows =
        StreamedVotesCsv.read(
            inPieces(text, seed),
            (timestamp, comment, voter, vote) ->
                votes.add(timestamp + "/" + comment + "/" + voter + "/" + vote),
            (r, b) -> {});
    assertThat(rows).isEqualTo(votes.size());
    return votes;
  }

  private static List<String> byRows(String text) throws IOException {
    List<String> votes = new ArrayList<>();
    PolisExport.forEachRow(
        new StringReader(text),
        "votes.csv",
        row -> {
          PolisVote v = PolisCsv.vote(row);
          votes.add(v.timestamp() + "/" + v.commentId() + "/" + v.voterId() + "/" + v.vote());
        });
    return votes;
  }

  /** Mostly plain lines, with now and then one the fast path leaves to the row reader. */
  private static String body(int lines, long seed, boolean quoteNearTheEnd) {
    Random random = new Random(seed);
    StringBuilder text = new StringBuilder(HEADER);
    for (int i = 0; i < lines; i++) {
      long time = 1_700_000_000_000L + random.nextInt(1_000_000);
      int comment = random.nextInt(50);
      int voter = random.nextInt(5_000);
      int vote = random.nextInt(3) - 1;
      switch (random.nextInt(40)) {
        case 0 -> text.append('+').append(time).append(",x,0").append(comment);
        case 1 -> text.append(' ').append(time).append(" ,\u00e9t\u00e9,").append(comment);
        case 2 -> text.append('\n').append(time).append(",x,").append(comment);
        case 3 -> text.append(time).append(",\t,").append(comment);
        default -> text.append(time).append(",Tue Nov 14 2023,").append(comment);
      }
      text.append(',').append(voter).append(',').append(vote);
      text.append(random.nextInt(10) == 0 ? "\r\n" : "\n");
      if (quoteNearTheEnd && i == lines - 20) {
        text.append(time).append(",\"a, quoted\nfield\",1,2,-1\n");
      }
    }
    return text.toString();
  }

  @Test
  void reads_the_votes_the_row_reader_reads_whatever_the_pieces() throws IOException {
    for (long seed = 1; seed <= 3; seed++) {
      String text = body(60_000, seed, seed == 3);
      assertThat(text.length()).isGreaterThan(2 << 20);
      List<String> expected = byRows(text);
      assertThat(expected).hasSizeGreaterThan(60_000 - 1);
      assertThat(streamed(text, seed)).isEqualTo(expected);
    }
  }

  @Test
  void refuses_with_the_first_bad_record_as_the_row_reader_names_it() {
    String text = body(30_000, 7, false);
    int cut = text.indexOf('\n', text.length() / 2) + 1;
    String bad = text.substring(0, cut) + "1700000000000,x,1,2,not-a-vote\n" + text.substring(cut);
    String expected;
    try {
      byRows(bad);
      throw new AssertionError("the row reader accepted the bad line");
    } catch (IOException e) {
      expected = e.getMessage();
    }
    assertThat(expected).contains("record").contains("not-a-vote");
    assertThatThrownBy(() -> streamed(bad, 7))
        .isInstanceOf(InvalidPolisExport.class)
        .hasMessage(expected);
  }

  @Test
  void a_nul_byte_anywhere_outranks_an_earlier_bad_record() {
    String text =
        HEADER
            + "1,x,0,1,not-a-vote\n"
            + body(20_000, 9, false).substring(HEADER.length())
            + "1,x,0,1,1\0\n";
    assertThatThrownBy(() -> streamed(text, 9))
        .isInstanceOf(InvalidPolisExport.class)
        .hasMessage("votes.csv is not a pol.is export: it is empty or has NUL characters.");
  }
}
