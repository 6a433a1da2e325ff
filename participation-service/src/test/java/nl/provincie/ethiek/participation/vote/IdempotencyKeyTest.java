package nl.provincie.ethiek.participation.vote;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import nl.provincie.ethiek.participation.ParticipationServerTest;
import nl.provincie.ethiek.participation.Residents;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Issue 13, item 1: a requestId names one vote; sent again with another vote it is refused. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IdempotencyKeyTest extends ParticipationServerTest {

  private static final String REUSED =
      "tag:ethiek.provincie.nl,2026:problems/idempotency-key-reused";

  private Residents api;

  @BeforeEach
  void api() {
    api = residents();
  }

  @Test
  void the_same_request_id_with_another_vote_is_refused_and_changes_nothing() {
    List<String> ids = api.openConversation("Fietspaden", "Meer fietspaden", "Minder auto's");
    String conversation = ids.get(0);
    String token = api.token();
    UUID key = UUID.randomUUID();

    Residents.Answer first = api.vote(token, conversation, ids.get(1), "agree", key);
    Residents.Answer otherValue = api.vote(token, conversation, ids.get(1), "disagree", key);
    Residents.Answer otherStatement = api.vote(token, conversation, ids.get(2), "agree", key);
    Residents.Answer replay = api.vote(token, conversation, ids.get(1), "agree", key);

    assertThat(first.status()).isEqualTo(201);
    for (Residents.Answer refused : List.of(otherValue, otherStatement)) {
      assertThat(refused.status()).as(refused.body()).isEqualTo(422);
      assertThat(refused.contentType()).startsWith("application/problem+json");
      assertThat(refused.get("type")).isEqualTo(REUSED);
    }
    assertThat(replay.status()).isEqualTo(200);
    assertThat(replay.get("vote")).isEqualTo("AGREE");
    Residents.Answer mine =
        api.asResident(token, "GET", "/api/v1/conversations/" + conversation + "/my-votes", null);
    assertThat(mine.get("items"))
        .isEqualTo(List.of(Map.of("statementId", ids.get(1), "vote", "AGREE")));
    assertThat(api.count("select count(*) from vote where conversation_id = ?::uuid", conversation))
        .isEqualTo(1);
  }

  @Test
  void a_request_id_is_scoped_to_its_conversation() {
    // The resident is a different pseudonym in each conversation (ADR 0031), so the service
    // cannot, and must not, link a key across conversations: there it names another request.
    List<String> one = api.openConversation("Bomen", "Meer bomen in de stad");
    List<String> two = api.openConversation("Water", "Schoner water");
    String token = api.token();
    UUID key = UUID.randomUUID();

    assertThat(api.vote(token, one.get(0), one.get(1), "pass", key).status()).isEqualTo(201);
    Residents.Answer elsewhere = api.vote(token, two.get(0), two.get(1), "agree", key);

    assertThat(elsewhere.status()).isEqualTo(201);
    assertThat(elsewhere.get("vote")).isEqualTo("AGREE");
    assertThat(api.count("select count(*) from vote where conversation_id = ?::uuid", two.get(0)))
        .isEqualTo(1);
    assertThat(api.count("select count(*) from vote where conversation_id = ?::uuid", one.get(0)))
        .isEqualTo(1);
  }

  /** Sent at once, the retries share a batch with the first: still one vote, the first's. */
  @Test
  void concurrent_retries_with_other_values_store_only_the_first_vote() {
    List<String> ids = api.openConversation("Parkeren", "Betaald parkeren in het centrum");
    String token = api.token();
    UUID key = UUID.randomUUID();
    List<CompletableFuture<Residents.Answer>> answers = new ArrayList<>();
    String[] values = {"agree", "disagree", "pass", "agree", "disagree", "pass"};
    for (String value : values) {
      answers.add(
          CompletableFuture.supplyAsync(() -> api.vote(token, ids.get(0), ids.get(1), value, key)));
    }
    List<Residents.Answer> done = answers.stream().map(CompletableFuture::join).toList();

    assertThat(done.stream().filter(a -> a.status() == 201)).hasSize(1);
    String counted =
        (String) done.stream().filter(a -> a.status() == 201).findFirst().get().get("vote");
    for (Residents.Answer answer : done) {
      if (answer.status() == 200) {
        assertThat(answer.get("vote")).isEqualTo(counted);
      } else if (answer.status() != 201) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(422);
        assertThat(answer.get("type")).isEqualTo(REUSED);
      }
    }
    assertThat(done.stream().filter(a -> a.status() == 422))
        .hasSize(
            (int)
                java.util.Arrays.stream(values).filter(v -> !v.equalsIgnoreCase(counted)).count());
    Residents.Answer mine =
        api.asResident(token, "GET", "/api/v1/conversations/" + ids.get(0) + "/my-votes", null);
    assertThat(mine.get("items"))
        .isEqualTo(List.of(Map.of("statementId", ids.get(1), "vote", counted)));
  }
}
