package nl.provincie.ethiek.participation.polis;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import nl.provincie.ethiek.participation.ParticipationServerTest;
import nl.provincie.ethiek.participation.Residents;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Issue 13, items 8 and 10: a pol.is import that is refused stores nothing - neither garbage sent
 * as comments.csv nor a refused votes.csv leaves a draft behind.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PolisImportAllOrNothingTest extends ParticipationServerTest {

  PolisImportAllOrNothingTest() {
    super("polis");
  }

  private static final String INVALID =
      "tag:ethiek.provincie.nl,2026:problems/invalid-polis-export";
  private static final String MODERATOR =
      "Basic " + Base64.getEncoder().encodeToString("moderator:demo-moderator".getBytes());
  private static final String COMMENTS =
      """
      timestamp,datetime,comment-id,author-id,agrees,disagrees,moderated,is-meta,comment-body
      1700000000000,x,0,0,1,0,1,false,Meer groen in de wijk
      1700000001000,x,1,1,0,1,1,false,Minder verkeer door de kern
      1700000002000,x,2,,0,0,0,false,Een bankje bij de vijver
      """;

  private Residents api;

  @BeforeEach
  void api() {
    api = residents();
  }

  private Residents.Answer importComments(byte[] body) {
    return api.send(
        "POST",
        "/api/v1/conversations/import/polis?topic=Wijk",
        Map.of("Authorization", MODERATOR, "Content-Type", "text/csv"),
        body);
  }

  private Residents.Answer importVotes(String conversation, String votesCsv) {
    return api.asModerator(
        "POST",
        "/api/v1/conversations/" + conversation + "/import/polis-votes",
        "text/csv",
        votesCsv);
  }

  private static void assertRefused(Residents.Answer answer) {
    assertThat(answer.status()).as(answer.body()).isBetween(400, 499);
    assertThat(answer.contentType()).startsWith("application/problem+json");
    assertThat(answer.get("type")).isEqualTo(INVALID);
  }

  /** Garbage of the kinds a fuzzer sends, from a fixed seed, and files that are almost right. */
  private static List<byte[]> garbage() {
    Random random = new Random(8);
    List<byte[]> bodies = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      byte[] bytes = new byte[1 + random.nextInt(400)];
      random.nextBytes(bytes);
      bodies.add(bytes);
    }
    for (String text :
        List.of(
            "",
            "\n\n",
            "{\"comments\":[]}",
            "comment-id,comment-body\n",
            "timestamp,comment-id,comment-body\n1,0,a\n2,0,b\n",
            "timestamp,comment-id,comment-body\n99999999999999999,0,a\n",
            "timestamp,comment-id,comment-body\n-5,0,a\n",
            "comment-id,comment-body\n1,a\u0000b\n",
            "comment-id,comment-body\nnot-a-number,a\n",
            "comment-id,comment-body,moderated\n1,a,yes\n")) {
      bodies.add(text.getBytes(StandardCharsets.UTF_8));
    }
    return bodies;
  }

  @Test
  void garbage_as_comments_csv_is_refused_and_stores_nothing() {
    Map<String, Long> before = api.rowCounts();
    List<String> accepted = new ArrayList<>();
    for (byte[] body : garbage()) {
      Residents.Answer answer = importComments(body);
      if (answer.status() < 400
          || answer.status() > 499
          || !answer.contentType().startsWith("application/problem+json")
          || !(answer.get("type") instanceof String)) {
        accepted.add(
            answer.status()
                + " "
                + answer.body()
                + " for "
                + new String(body, StandardCharsets.ISO_8859_1));
      }
    }
    assertThat(accepted).isEmpty();
    assertThat(api.rowCounts()).isEqualTo(before);
  }

  @Test
  void a_refused_votes_csv_leaves_no_draft_behind() {
    Map<String, Long> before = api.rowCounts();
    for (String votes :
        List.of(
            "timestamp,datetime,comment-id,voter-id,vote\n1700000003000,x,7,0,1\n",
            "timestamp,datetime,comment-id,voter-id,vote\n1700000003000,x,0,0,2\n",
            "garbage\u00ff\u00fe",
            "comment-id,vote\n0,1\n")) {
      Residents.Answer draft = importComments(COMMENTS.getBytes(StandardCharsets.UTF_8));
      assertThat(draft.status()).as(draft.body()).isEqualTo(201);
      String conversation = (String) draft.get("id");

      Residents.Answer refused = importVotes(conversation, votes);

      assertRefused(refused);
      assertThat(api.count("select count(*) from conversation where id = ?::uuid", conversation))
          .isZero();
      assertThat(api.rowCounts()).as("after refusing " + votes).isEqualTo(before);
    }
  }

  @Test
  void a_good_import_keeps_both_files_and_a_refusal_keeps_a_draft_with_a_moderators_seed() {
    Residents.Answer draft = importComments(COMMENTS.getBytes(StandardCharsets.UTF_8));
    String conversation = (String) draft.get("id");
    Residents.Answer seeded =
        api.asModerator(
            "POST",
            "/api/v1/conversations/" + conversation + "/statements/seed",
            "application/json",
            "{\"text\":\"Een stelling van de moderator\",\"meta\":false}");
    assertThat(seeded.status()).as(seeded.body()).isEqualTo(201);

    assertRefused(importVotes(conversation, "comment-id,vote\n0,1\n"));
    assertThat(
            api.count(
                "select count(*) from statement where conversation_id = ?::uuid", conversation))
        .as("the moderator's work is kept")
        .isEqualTo(4);

    Residents.Answer imported =
        importVotes(
            conversation,
            "timestamp,datetime,comment-id,voter-id,vote\n"
                + "1700000003000,x,0,0,1\n1700000004000,x,1,1,-1\n1700000005000,x,2,2,0\n");
    assertThat(imported.status()).as(imported.body()).isEqualTo(200);
    assertThat(imported.get("votes")).isEqualTo(3);
    assertThat(api.count("select count(*) from vote where conversation_id = ?::uuid", conversation))
        .isEqualTo(3);
  }
}
