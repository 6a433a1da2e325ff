package nl.provincie.ethiek.participation.statement;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.List;
import nl.provincie.ethiek.participation.ParticipationServerTest;
import nl.provincie.ethiek.participation.Residents;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Issue 13, item 10: a page whose offset overflows an int is an empty page, not a 500. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ModerationQueuePagesTest extends ParticipationServerTest {

  @Test
  void pages_far_beyond_the_last_are_empty() {
    Residents api = residents();
    String conversation = api.openConversation("Bermen", "Bloemrijke bermen").get(0);
    String queue = "/api/v1/conversations/" + conversation + "/moderation?state=ACCEPTED";

    Residents.Answer first = api.asModerator("GET", queue, "application/json", null);
    assertThat(first.get("items")).asList().hasSize(1);
    for (String page : List.of("1", "81574505", "2147483647")) {
      for (String size : List.of("20", "200")) {
        Residents.Answer far =
            api.asModerator(
                "GET", queue + "&page=" + page + "&size=" + size, "application/json", null);
        assertThat(far.status()).as(far.body()).isEqualTo(200);
        // an empty list may be left out of the answer (issue 13, item 15 is about that)
        assertThat((List<?>) far.json().getOrDefault("items", List.of())).isEmpty();
        assertThat(far.get("accepted")).isEqualTo(1);
      }
    }
    for (String page : List.of("2147483648", "-1", "99999999999999999999")) {
      Residents.Answer refused =
          api.asModerator("GET", queue + "&page=" + page, "application/json", null);
      assertThat(refused.status()).as(refused.body()).isIn(400, 422);
      assertThat(refused.contentType()).startsWith("application/problem+json");
    }
  }
}
