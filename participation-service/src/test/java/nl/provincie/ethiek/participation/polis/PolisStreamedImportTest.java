package nl.provincie.ethiek.participation.polis;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import nl.provincie.ethiek.participation.ParticipationServerTest;
import nl.provincie.ethiek.participation.Residents;
import nl.provincie.ethiek.participation.opinion.cli.PolisExport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.slf4j.LoggerFactory;

/**
 * Issue 15, item 1 (docs/adr/0056): votes.csv is read from the request body as it arrives and
 * copied into PostgreSQL, with the votes, the refusals and the all-or-nothing outcome of the import
 * that read the body as one string (docs/adr/0029). The answers to the first fourteen bodies below
 * were recorded from that import before it was replaced.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PolisStreamedImportTest extends ParticipationServerTest {

  PolisStreamedImportTest() {
    super("polis");
  }

  private static final String INVALID =
      "tag:ethiek.provincie.nl,2026:problems/invalid-polis-export";
  private static final String MALFORMED = "tag:ethiek.provincie.nl,2026:problems/malformed-request";
  private static final String TOO_LARGE = "tag:ethiek.provincie.nl,2026:problems/payload-too-large";
  private static final String UNDONE =
      " Van deze import is niets bewaard: het concept uit comments.csv is verwijderd; lees"
          + " comments.csv en votes.csv opnieuw in.";
  private static final String MODERATOR =
      "Basic " + Base64.getEncoder().encodeToString("moderator:demo-moderator".getBytes());
  private static final String COMMENTS =
      "timestamp,datetime,comment-id,author-id,agrees,disagrees,moderated,is-meta,comment-body\n"
          + "1700000000000,x,0,0,1,0,1,false,Meer groen\n"
          + "1700000001000,x,1,1,0,1,1,false,Minder verkeer\n";
  private static final String HEADER = "timestamp,datetime,comment-id,voter-id,vote\n";

  private Residents api;

  @BeforeEach
  void api() {
    api = residents();
  }

  private String draft(String comments) {
    Residents.Answer draft =
        api.send(
            "POST",
            "/api/v1/conversations/import/polis?topic=Wijk",
            Map.of("Authorization", MODERATOR, "Content-Type", "text/csv"),
            comments.getBytes(StandardCharsets.UTF_8));
    assertThat(draft.status()).as(draft.body()).isEqualTo(201);
    return (String) draft.get("id");
  }

  private Residents.Answer importVotes(String conversation, byte[] votesCsv) {
    return api.send(
        "POST",
        "/api/v1/conversations/" + conversation + "/import/polis-votes",
        Map.of("Authorization", MODERATOR, "Content-Type", "text/csv"),
        votesCsv);
  }

  private long votesOf(String conversation) {
    return api.count("select count(*) from vote where conversation_id = ?::uuid", conversation);
  }

  private record Expected(String body, int status, String type, String detail, long votes) {}

  private static Expected refused(String body, int status, String detail) {
    return new Expected(body, status, INVALID, detail + UNDONE, 0);
  }

  private static Expected accepted(String body, long votes) {
    return new Expected(body, 200, null, null, votes);
  }

  @Test
  void answers_every_kind_of_body_as_the_import_that_read_it_whole() {
    List<Expected> cases =
        List.of(
            new Expected("", 400, MALFORMED, null, 0),
            accepted("\uFEFF" + HEADER + "1,x,0,1,1\n", 1),
            refused(
                "timestamp, datetime,comment-id, voter-id,vote\n1,x,0,1,1\n",
                400,
                "votes.csv record 2: column voter-id is missing"),
            accepted(HEADER + "1,x,0,1,1\r\n2,x,1,1,-1\r\n", 2),
            refused(
                HEADER + "1,x,0,1,5\n2,x,1,1,1\0\n",
                400,
                "votes.csv is not a pol.is export: it is empty or has NUL characters."),
            refused(
                HEADER + "1,x,9,1,1\n2,x,1,1,x\n",
                400,
                "votes.csv record 3: For input string: \"x\""),
            accepted(HEADER + "\"1\",x,0,1,1\n2,\"a\nb\",1,2,-1\n", 2),
            refused(
                HEADER + "+1,x,007,1, 1 \n",
                422,
                "votes.csv noemt stelling 7, die niet in comments.csv stond."),
            refused(HEADER + "1,x,0,1\n", 400, "votes.csv record 2: column vote is missing"),
            refused(
                HEADER + "1,x,0,1,1,extra\n\n   \n",
                400,
                "votes.csv record 4: column vote is missing"),
            refused(
                HEADER + "99999999999999999999,x,0,1,1\n",
                400,
                "votes.csv record 2: For input string: \"99999999999999999999\""),
            accepted("\"timestamp\",datetime,comment-id,voter-id,vote\n1,x,0,1,1\n", 1),
            refused(
                HEADER + "1,x,0,-3,1\n1,x,-1,3,1\n",
                422,
                "votes.csv noemt stelling -1, die niet in comments.csv stond."),
            accepted(HEADER + "1,x,0,1,1\r", 1),
            refused(HEADER + "1,x,0,1,1\n\"2,x,1,1,-1\n", 400, "unterminated quoted field"),
            refused(
                HEADER + "1,x,0,1,1\n2,x,1,1,-1\n-4,x,1,2,1\n",
                400,
                "votes.csv record 4: timestamp -4 is not a time pol.is recorded"));
    for (Expected expected : cases) {
      String conversation = draft(COMMENTS);
      Residents.Answer answer =
          importVotes(conversation, expected.body().getBytes(StandardCharsets.UTF_8));
      String which = expected.body().replace("\n", "\\n").replace("\0", "\\0");
      assertThat(answer.status()).as(which + " -> " + answer.body()).isEqualTo(expected.status());
      if (expected.type() != null) {
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.get("type")).as(which).isEqualTo(expected.type());
      }
      if (expected.detail() != null) {
        assertThat(answer.get("detail")).as(which).isEqualTo(expected.detail());
      }
      if (expected.status() == 200) {
        assertThat(((Number) answer.get("votes")).longValue()).isEqualTo(expected.votes());
      } else if (INVALID.equals(expected.type())) {
        assertThat(api.count("select count(*) from conversation where id = ?::uuid", conversation))
            .as("the draft of " + which + " is removed")
            .isZero();
      }
      assertThat(votesOf(conversation)).as(which).isEqualTo(expected.votes());
    }
  }

  @Test
  void stores_the_same_votes_as_the_row_reader_for_the_shared_exports() throws Exception {
    for (String name : List.of("bg2050-volunteers", "vtaiwan.uberx")) {
      Path folder = PolisRoundTripTest.dataset(name);
      String conversation = draft(Files.readString(folder.resolve("comments.csv")));
      Residents.Answer imported =
          importVotes(conversation, Files.readAllBytes(folder.resolve("votes.csv")));
      assertThat(imported.status()).as(imported.body()).isEqualTo(200);

      List<String> expected = new ArrayList<>();
      Map<String, String> latest = new HashMap<>();
      Map<String, Long> latestAt = new HashMap<>();
      try (Reader reader = Files.newBufferedReader(folder.resolve("votes.csv"))) {
        PolisExport.forEachRow(
            reader,
            "votes.csv",
            row -> {
              PolisVote v = PolisCsv.vote(row);
              expected.add(
                  v.commentId() + "/" + v.voterId() + "/" + v.vote() + "@" + v.timestamp());
              String key = v.commentId() + "/" + v.voterId();
              if (v.timestamp() >= latestAt.getOrDefault(key, Long.MIN_VALUE)) {
                latestAt.put(key, v.timestamp());
                latest.put(key, v.vote() + "@" + v.timestamp());
              }
            });
      }
      assertThat(((Number) imported.get("votes")).intValue()).isEqualTo(expected.size());
      assertThat(
              column(
                  """
                  select s.number || '/' || p.voter_id || '/' || v.value || '@'
                         || (extract(epoch from v.cast_at) * 1000)::bigint
                  from vote v join statement s on s.id = v.statement_id
                  join polis_participant p on p.conversation_id = v.conversation_id
                   and p.participant_id = v.participant_id
                  where v.conversation_id = ?::uuid order by v.id
                  """,
                  conversation))
          .as(name + ": every row of votes.csv, in file order")
          .containsExactlyElementsOf(expected);
      Map<String, String> current = new TreeMap<>();
      for (String row :
          column(
              """
              select s.number || '/' || p.voter_id || '=' || c.value || '@'
                     || (extract(epoch from c.cast_at) * 1000)::bigint
              from current_vote c join statement s on s.id = c.statement_id
              join polis_participant p on p.conversation_id = c.conversation_id
               and p.participant_id = c.participant_id
              where c.conversation_id = ?::uuid
              """,
              conversation)) {
        String[] parts = row.split("=");
        assertThat(current.put(parts[0], parts[1])).as("one current vote for " + parts[0]).isNull();
      }
      assertThat(current)
          .as(name + ": the latest vote per voter and statement")
          .isEqualTo(new TreeMap<>(latest));
    }
  }

  @Test
  void a_bad_line_at_the_end_of_a_file_beyond_eight_megabytes_stores_nothing() {
    StringBuilder votes = new StringBuilder(HEADER);
    int rows = 300_000;
    for (int i = 0; i < rows; i++) {
      votes
          .append(1_700_000_010_000L + i)
          .append(",Tue Nov 14 22:13:30 UTC 2023,")
          .append(i % 2)
          .append(',')
          .append(i / 2)
          .append(',')
          .append(i % 3 - 1)
          .append('\n');
    }
    byte[] good = votes.toString().getBytes(StandardCharsets.UTF_8);
    byte[] bad = (votes + "1700000000000,x,1,5,2\n").getBytes(StandardCharsets.UTF_8);
    assertThat(bad.length).isGreaterThan(8 << 20);

    Map<String, Long> before = api.rowCounts();
    String conversation = draft(COMMENTS);
    Residents.Answer refused = importVotes(conversation, bad);
    assertThat(refused.status()).as(refused.body()).isEqualTo(400);
    assertThat(refused.get("type")).isEqualTo(INVALID);
    assertThat(refused.get("detail"))
        .isEqualTo("votes.csv record " + (rows + 2) + ": vote must be -1, 0 or 1, not 2" + UNDONE);
    assertThat(api.rowCounts()).as("nothing of the refused import").isEqualTo(before);

    ListAppender<ILoggingEvent> log = new ListAppender<>();
    Logger progress = (Logger) LoggerFactory.getLogger(ImportProgress.class);
    log.start();
    progress.addAppender(log);
    String again = draft(COMMENTS);
    Residents.Answer imported;
    try {
      imported = importVotes(again, good);
    } finally {
      progress.detachAppender(log);
    }
    assertThat(imported.status()).as(imported.body()).isEqualTo(200);
    assertThat(imported.get("votes")).isEqualTo(rows);
    assertThat(votesOf(again)).isEqualTo(rows);
    assertThat(
            api.count(
                "select count(*) from polis_participant where conversation_id = ?::uuid", again))
        .as("voters 0 to 149,999, among them the two authors")
        .isEqualTo(rows / 2);
    assertThat(log.list).isNotEmpty();
    Pattern countsOnly =
        Pattern.compile(
            "pol\\.is votes import into [0-9a-f-]{36}: [0-9]+ rows[ ,(].*", Pattern.DOTALL);
    for (ILoggingEvent event : log.list) {
      String line = event.getFormattedMessage();
      assertThat(line).matches(countsOnly);
      assertThat(Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}").matcher(line).results().count())
          .as("no id but the conversation's in " + line)
          .isEqualTo(1);
    }
    assertThat(log.list.get(log.list.size() - 1).getFormattedMessage())
        .startsWith("pol.is votes import into " + again + ": " + rows + " rows, ");
  }

  @Test
  void bodies_read_whole_still_stop_at_eight_megabytes() {
    StringBuilder comments = new StringBuilder("comment-id,comment-body\n");
    for (int i = 0; comments.length() <= (9 << 20); i++) {
      comments.append(i).append(",Een stelling die lang genoeg is om veel ruimte te nemen\n");
    }
    Map<String, Long> before = api.rowCounts();
    Residents.Answer answer =
        api.send(
            "POST",
            "/api/v1/conversations/import/polis?topic=Groot",
            Map.of("Authorization", MODERATOR, "Content-Type", "text/csv"),
            comments.toString().getBytes(StandardCharsets.UTF_8));
    assertThat(answer.status()).as(answer.body()).isEqualTo(413);
    assertThat(answer.get("type")).isEqualTo(TOO_LARGE);
    assertThat(api.rowCounts()).isEqualTo(before);
  }

  /** The one column of a query's rows, in the order it answers them. */
  private List<String> column(String sql, String conversation) throws SQLException {
    List<String> values = new ArrayList<>();
    try (Connection c =
            DriverManager.getConnection(
                INFRA.jdbcUrl(database), INFRA.username(), INFRA.password());
        PreparedStatement s = c.prepareStatement(sql)) {
      s.setObject(1, conversation);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          values.add(rs.getString(1));
        }
      }
    }
    return values;
  }
}
