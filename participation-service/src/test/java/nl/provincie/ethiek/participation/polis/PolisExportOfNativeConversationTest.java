package nl.provincie.ethiek.participation.polis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.io.IOException;
import java.io.StringReader;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.provincie.ethiek.participation.ParticipationServerTest;
import nl.provincie.ethiek.participation.Residents;
import nl.provincie.ethiek.participation.opinion.cli.PolisExport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Issue 13, items 2 and 10: the pol.is export of a conversation held on the platform gives every
 * participant on the map their group, a summary.csv in pol.is's layout whose figures are the map's,
 * and exporting writes nothing.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PolisExportOfNativeConversationTest extends ParticipationServerTest {

  private static final int RESIDENTS = 16;

  PolisExportOfNativeConversationTest() {
    super("polis");
  }

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> properties = new LinkedHashMap<>(INFRA.micronautProperties(database));
    properties.put("platform.portal.url", "https://inspraak.example.nl/");
    return properties;
  }

  private static List<Map<String, String>> rows(String csv, String name) throws IOException {
    List<Map<String, String>> rows = new ArrayList<>();
    PolisExport.forEachRow(new StringReader(csv), name, rows::add);
    return rows;
  }

  /** summary.csv is a list of name,value lines (values may be quoted). */
  private static Map<String, String> summary(String csv) {
    Map<String, String> lines = new LinkedHashMap<>();
    for (String line : csv.split("\n")) {
      int comma = line.indexOf(',');
      if (comma > 0 && !line.startsWith(" ")) {
        lines.putIfAbsent(line.substring(0, comma), line.substring(comma + 1));
      }
    }
    return lines;
  }

  @Test
  @SuppressWarnings("unchecked")
  void the_export_of_a_native_conversation_has_the_groups_and_figures_of_its_map()
      throws IOException {
    Residents api = residents();
    List<String> ids =
        api.openConversation(
            "Windmolens",
            "Windmolens horen op zee",
            "Windmolens langs de snelweg zijn prima",
            "Inwoners moeten meebeslissen",
            "Geluid van windmolens valt mee",
            "De provincie moet sneller vergunnen",
            "Natuur gaat voor energie");
    String conversation = ids.get(0);
    for (int p = 0; p < RESIDENTS; p++) {
      String token = api.token();
      boolean campA = p % 2 == 0;
      for (int s = 1; s < ids.size(); s++) {
        String vote = s == 3 ? "agree" : (s % 2 == 0) == campA ? "agree" : "disagree";
        assertThat(api.vote(token, conversation, ids.get(s), vote, UUID.randomUUID()).status())
            .isEqualTo(201);
      }
    }
    String mapPath = "/api/v1/conversations/" + conversation + "/opinion-map";
    await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () -> {
              Residents.Answer map = api.send("GET", mapPath, Map.of(), null);
              return map.status() == 200
                  && ((Number) map.get("voteCount")).intValue() == RESIDENTS * 6;
            });
    Map<String, Object> map = api.send("GET", mapPath, Map.of(), null).json();
    assertThat(map.get("k")).isEqualTo(2);
    Map<String, Long> before = api.rowCounts();

    String export = "/api/v1/conversations/" + conversation + "/export/polis/";
    Residents.Answer participants =
        api.asModerator("GET", export + "participants-votes.csv", "application/json", null);
    Residents.Answer summaryFile =
        api.asModerator("GET", export + "summary.csv", "application/json", null);
    Residents.Answer votes = api.asModerator("GET", export + "votes.csv", "application/json", null);
    Residents.Answer comments =
        api.asModerator("GET", export + "comments.csv", "application/json", null);

    assertThat(List.of(participants, summaryFile, votes, comments))
        .allSatisfy(a -> assertThat(a.status()).isEqualTo(200));
    List<Map<String, String>> matrix = rows(participants.body(), "participants-votes.csv");
    assertThat(matrix).hasSize(RESIDENTS);
    assertThat(matrix).allSatisfy(row -> assertThat(row.get("group-id")).matches("[01]"));
    assertThat(participants.body()).startsWith("participant,xid,group-id,");
    Map<String, Integer> groupSizes = new LinkedHashMap<>();
    matrix.forEach(row -> groupSizes.merge(row.get("group-id"), 1, Integer::sum));
    assertThat(groupSizes.values()).containsOnly(RESIDENTS / 2);
    // the voter ids are the same in every file of the export
    assertThat(rows(votes.body(), "votes.csv"))
        .extracting(r -> r.get("voter-id"))
        .containsOnlyElementsOf(matrix.stream().map(r -> r.get("participant")).toList());

    Map<String, String> figures = summary(summaryFile.body());
    assertThat(figures.keySet())
        .containsExactly(
            "topic",
            "url",
            "views",
            "voters",
            "voters-in-conv",
            "commenters",
            "comments",
            "groups",
            "conversation-description");
    assertThat(figures.get("url"))
        .isEqualTo("https://inspraak.example.nl/gesprekken/" + conversation);
    assertThat(Long.parseLong(figures.get("views"))).isEqualTo(RESIDENTS);
    assertThat(Long.parseLong(figures.get("voters")))
        .isEqualTo(((Number) map.get("participantCount")).longValue());
    assertThat(Long.parseLong(figures.get("voters-in-conv")))
        .isEqualTo(((Number) map.get("inConversationCount")).longValue());
    assertThat(Long.parseLong(figures.get("groups")))
        .isEqualTo(((Number) map.get("k")).longValue());

    assertThat(api.rowCounts()).as("a GET changes nothing").isEqualTo(before);
    assertThat(api.count("select count(*) from polis_participant")).isZero();
  }
}
