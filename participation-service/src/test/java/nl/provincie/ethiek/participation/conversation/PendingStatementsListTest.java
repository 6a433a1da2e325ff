package nl.provincie.ethiek.participation.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.List;
import java.util.Map;
import nl.provincie.ethiek.participation.ParticipationServerTest;
import nl.provincie.ethiek.participation.Residents;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Issue 14 item 12: the moderator's list says per conversation how many statements wait. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PendingStatementsListTest extends ParticipationServerTest {

  @Test
  void the_staff_list_counts_the_statements_awaiting_moderation_per_conversation() {
    Residents api = residents();
    String busy = api.openConversation("Zonneparken", "Zonnepanelen op elk dak").get(0);
    String quiet = api.openConversation("Wolven", "De wolf hoort erbij").get(0);
    String token = api.token();
    List<String> submitted =
        List.of("Meer zon op daken", "Minder zon in weilanden", "Zonneparken bij snelwegen")
            .stream()
            .map(text -> submit(api, token, busy, text))
            .toList();
    Residents.Answer accepted =
        api.asModerator(
            "POST", "/api/v1/statements/" + submitted.get(0) + "/accept", "application/json", "");
    assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);

    Residents.Answer all =
        api.asModerator("GET", "/api/v1/conversations/all", "application/json", null);

    assertThat(all.status()).as(all.body()).isEqualTo(200);
    Map<String, Object> byId = pendingById(all);
    assertThat(byId).containsEntry(busy, 2).containsEntry(quiet, 0);
  }

  @Test
  void the_public_answers_do_not_carry_the_count() {
    Residents api = residents();
    String conversation = api.openConversation("Dijken", "Dijken mogen hoger").get(0);
    submit(api, api.token(), conversation, "Dijken moeten groen blijven");

    Residents.Answer one = api.send("GET", "/api/v1/conversations/" + conversation, Map.of(), null);
    Residents.Answer list = api.send("GET", "/api/v1/conversations", Map.of(), null);

    assertThat(one.status()).isEqualTo(200);
    assertThat(one.json()).containsEntry("id", conversation).doesNotContainKey("pendingStatements");
    assertThat(items(list))
        .isNotEmpty()
        .allSatisfy(c -> assertThat(c).doesNotContainKey("pendingStatements"));
  }

  private static String submit(Residents api, String token, String conversation, String text) {
    Residents.Answer answer =
        api.asResident(
            token,
            "POST",
            "/api/v1/conversations/" + conversation + "/statements",
            "{\"text\":\"" + text + "\"}");
    assertThat(answer.status()).as(answer.body()).isEqualTo(201);
    assertThat(answer.get("moderation")).isEqualTo("PENDING");
    return (String) answer.get("id");
  }

  private static Map<String, Object> pendingById(Residents.Answer list) {
    Map<String, Object> byId = new java.util.HashMap<>();
    for (Map<String, Object> item : items(list)) {
      byId.put((String) item.get("id"), item.get("pendingStatements"));
    }
    return byId;
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> items(Residents.Answer list) {
    return (List<Map<String, Object>>) list.get("items");
  }
}
