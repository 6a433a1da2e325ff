package nl.provincie.ethiek.participation.polis;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.provincie.ethiek.participation.opinion.OpinionEngine;
import nl.provincie.ethiek.participation.opinion.ParticipantPosition;
import nl.provincie.ethiek.participation.opinion.Snapshot;
import nl.provincie.ethiek.participation.opinion.cli.PolisExport;
import nl.provincie.ethiek.testsupport.RealInfrastructure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Import a real pol.is export, export it again: the same latest vote per participant and statement,
 * and the groups the engine finds in the original export. Data: pol.is open data, CC BY 4.0, The
 * Computational Democracy Project (../shared/datasets/ATTRIBUTION.md).
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PolisRoundTripTest implements TestPropertyProvider {

  private static final RealInfrastructure INFRA = RealInfrastructure.shared();
  private static final Pattern ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @Inject EmbeddedServer server;

  @Override
  public Map<String, String> getProperties() {
    return INFRA.micronautProperties(INFRA.newDatabase("polis"));
  }

  static Path dataset(String name) {
    Path dir = Path.of("").toAbsolutePath();
    for (int i = 0; i < 6 && dir != null; i++, dir = dir.getParent()) {
      Path candidate =
          dir.resolveSibling("shared").resolve("datasets/polis-open-data").resolve(name);
      if (Files.isDirectory(candidate)) {
        return candidate;
      }
    }
    throw new IllegalStateException(
        "pol.is open data not found: expected ../shared/datasets/polis-open-data/"
            + name
            + " beside the repository");
  }

  private HttpResponse<String> send(String method, String path, String contentType, String body) {
    try {
      return HTTP.send(
          HttpRequest.newBuilder(URI.create(server.getURL() + path))
              .header(
                  "Authorization",
                  "Basic "
                      + Base64.getEncoder().encodeToString("moderator:demo-moderator".getBytes()))
              .header("Content-Type", contentType)
              .method(
                  method,
                  body == null
                      ? HttpRequest.BodyPublishers.noBody()
                      : HttpRequest.BodyPublishers.ofString(body))
              .build(),
          HttpResponse.BodyHandlers.ofString());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** Latest vote per "voter/comment", reading votes in time order as the engine does. */
  private static Map<String, String> latestVotes(String votesCsv) throws IOException {
    List<String[]> rows = new ArrayList<>();
    PolisExport.forEachRow(
        new StringReader(votesCsv),
        "votes.csv",
        row ->
            rows.add(
                new String[] {
                  row.get("timestamp"),
                  row.get("voter-id") + "/" + row.get("comment-id"),
                  row.get("vote")
                }));
    rows.sort((a, b) -> Long.compare(Long.parseLong(a[0]), Long.parseLong(b[0])));
    Map<String, String> latest = new HashMap<>();
    rows.forEach(r -> latest.put(r[1], r[2]));
    return latest;
  }

  @Test
  void importing_then_exporting_bg2050_keeps_latest_votes_and_the_engine_groups() throws Exception {
    Path folder = dataset("bg2050-volunteers");
    String comments = Files.readString(folder.resolve("comments.csv"));
    String votes = Files.readString(folder.resolve("votes.csv"));

    HttpResponse<String> created =
        send(
            "POST",
            "/api/v1/conversations/import/polis?topic="
                + URLEncoder.encode("BG 2050", StandardCharsets.UTF_8),
            "text/csv",
            comments);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    Matcher id = ID.matcher(created.body());
    assertThat(id.find()).isTrue();
    String conversation = id.group(1);
    HttpResponse<String> imported =
        send(
            "POST",
            "/api/v1/conversations/" + conversation + "/import/polis-votes",
            "text/csv",
            votes);
    assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
    assertThat(imported.body()).contains("\"votes\":14341");

    String exportedVotes =
        send(
                "GET",
                "/api/v1/conversations/" + conversation + "/export/polis/votes.csv",
                "text/csv",
                null)
            .body();
    assertThat(latestVotes(exportedVotes)).isEqualTo(latestVotes(votes));

    PolisExport original = PolisExport.read(folder);
    Snapshot engine =
        OpinionEngine.rebuild(
                original.statements(), original.meta(), original.votes(), original.rejected())
            .latest()
            .orElseThrow();
    Map<String, String> expectedGroups = new HashMap<>();
    for (ParticipantPosition p : engine.participants()) {
      expectedGroups.put(
          p.id().toString(), p.inConversation() ? Integer.toString(p.group().getAsInt()) : "");
    }
    String matrix =
        send(
                "GET",
                "/api/v1/conversations/" + conversation + "/export/polis/participants-votes.csv",
                "text/csv",
                null)
            .body();
    Map<String, String> exportedGroups = new HashMap<>();
    PolisExport.forEachRow(
        new StringReader(matrix),
        "participants-votes.csv",
        row ->
            exportedGroups.put(
                row.get("participant"), Optional.ofNullable(row.get("group-id")).orElse("")));
    exportedGroups.keySet().retainAll(expectedGroups.keySet());
    assertThat(exportedGroups)
        .hasSizeGreaterThan(100)
        .isEqualTo(subset(expectedGroups, exportedGroups.keySet()));

    String exportedComments =
        send(
                "GET",
                "/api/v1/conversations/" + conversation + "/export/polis/comments.csv",
                "text/csv",
                null)
            .body();
    List<String> commentRows = new ArrayList<>();
    PolisExport.forEachRow(
        new StringReader(exportedComments),
        "comments.csv",
        row -> commentRows.add(row.get("moderated") + ":" + row.get("comment-id")));
    List<String> originalRows = new ArrayList<>();
    PolisExport.forEachRow(
        new StringReader(comments),
        "comments.csv",
        row -> originalRows.add(row.get("moderated") + ":" + row.get("comment-id")));
    assertThat(commentRows).hasSize(371).containsExactlyInAnyOrderElementsOf(originalRows);
    assertThat(
            send(
                    "GET",
                    "/api/v1/conversations/" + conversation + "/export/polis/summary.csv",
                    "text/csv",
                    null)
                .body())
        .contains("topic,BG 2050")
        .contains("groups,");
  }

  private static Map<String, String> subset(Map<String, String> all, java.util.Set<String> keys) {
    Map<String, String> subset = new HashMap<>();
    keys.forEach(k -> subset.put(k, all.get(k)));
    return subset;
  }

  @Test
  void votes_on_comments_the_export_did_not_have_are_refused_and_nothing_is_stored() {
    String comments =
        "timestamp,comment-id,author-id,agrees,disagrees,moderated,comment-body\n1,0,0,0,0,1,Eerste\n";
    HttpResponse<String> created =
        send("POST", "/api/v1/conversations/import/polis?topic=Klein", "text/csv", comments);
    Matcher id = ID.matcher(created.body());
    assertThat(id.find()).isTrue();
    String conversation = id.group(1);

    HttpResponse<String> refused =
        send(
            "POST",
            "/api/v1/conversations/" + conversation + "/import/polis-votes",
            "text/csv",
            "timestamp,datetime,comment-id,voter-id,vote\n1,x,0,1,1\n2,x,7,1,1\n");
    Matcher again =
        ID.matcher(
            send("POST", "/api/v1/conversations/import/polis?topic=Klein", "text/csv", comments)
                .body());
    assertThat(again.find()).isTrue();
    HttpResponse<String> garbage =
        send(
            "POST",
            "/api/v1/conversations/" + again.group(1) + "/import/polis-votes",
            "text/csv",
            "timestamp,comment-id\nx,y\n");

    assertThat(refused.statusCode()).isEqualTo(422);
    assertThat(refused.body())
        .contains("invalid-polis-export")
        .contains("stelling 7"); // Dutch by default (ADR 0038)
    assertThat(garbage.statusCode()).isEqualTo(400);
    // the refused import left nothing: not the votes, nor the draft its comments.csv made
    for (String draft : List.of(conversation, again.group(1))) {
      assertThat(
              send(
                      "GET",
                      "/api/v1/conversations/" + draft + "/export/polis/votes.csv",
                      "text/csv",
                      null)
                  .statusCode())
          .isEqualTo(404);
    }
  }
}
