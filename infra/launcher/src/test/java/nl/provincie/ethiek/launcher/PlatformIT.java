package nl.provincie.ethiek.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.provincie.ethiek.testsupport.ApiClient;
import nl.provincie.ethiek.testsupport.KafkaTopics;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

/**
 * The platform as a user runs it: the packaged services and portal as separate processes on the
 * launcher's embedded PostgreSQL and Kafka.
 */
class PlatformIT {

  private static final Path HOME =
      Path.of(System.getProperty("platform.home", "../..")).toAbsolutePath();
  private static final Path OUTPUT =
      Path.of(System.getProperty("platform.test.output", "target/platform-it")).toAbsolutePath();
  private static final Pattern ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");

  @Test
  void register_to_case_slice_portal_and_restart_on_the_running_platform() throws Exception {
    Path data = Files.createDirectories(OUTPUT).resolve("data-" + UUID.randomUUID());
    LauncherOptions options =
        new LauncherOptions(
            HOME, data, false, Optional.empty(), Optional.empty(), FreePorts.pick());

    String entryId;
    String residentToken;
    Instant started = Instant.now();
    try (Platform platform = Platform.start(options)) {
      System.out.printf(
          "platform start-up (cold data directory): %d ms%n",
          Duration.between(started, Instant.now()).toMillis());
      ApiClient editor =
          ApiClient.basic(platform.url("register-service"), "redacteur", "demo-redacteur");
      ApiClient officer = ApiClient.basic(platform.url("case-service"), "ethicus", "demo-ethicus");

      entryId = createAndPublish(editor, "Slimme verkeerslichten");
      ApiClient resident = ApiClient.anonymous(platform.url("participation-service"));
      residentToken = issuedToken(resident);
      assertThat(myVotesStatus(platform, residentToken)).isEqualTo(200);
      assertThat(
              myVotesStatus(
                  platform,
                  ForgedToken.signedWith(
                      "local-development-secret-change-me-0123456789",
                      UUID.randomUUID(),
                      Instant.now().getEpochSecond())))
          .as("a token signed with the once public default key")
          .isEqualTo(401);
      assertThat(Files.getPosixFilePermissions(data.resolve("participant-token.key"))).hasSize(2);

      await()
          .atMost(Duration.ofSeconds(30))
          .until(() -> signals(officer, entryId).contains("\"total\":1"));

      // register -> case: a platform meets the triage criteria, so publishing one proposes a case
      // without anyone asking; the seven demo platforms are already assessed by the demo case and
      // propose none
      createAndPublishPlatform(editor, "TikTok");
      await()
          .atMost(Duration.ofSeconds(60))
          .until(
              () ->
                  officer.get("/api/v1/worklists/driver").body().contains("REGISTER_PROPOSAL")
                      && officer.get("/api/v1/worklists/driver").body().contains("TikTok"));
      assertDemoDataAgrees(editor, officer);

      redeliverWithMarker(platform, entryId);
      await()
          .atMost(Duration.ofSeconds(30))
          .until(() -> signals(officer, entryId).contains("\"subjectVersion\":99"));
      assertThat(signals(officer, entryId))
          .as("the duplicate delivery is dropped; only the original and the marker count")
          .contains("\"total\":2");

      Browser.require()
          .ifPresent(
              browser -> {
                // the start page lists the six latest changes; the demo register, loaded while
                // the test runs, may push the test's entry off it, so the entry's own page is read
                String start = browser.renderedDom(platform.url("portal-ui") + "/");
                assertThat(start).contains("Algoritmeregister: recent gewijzigd");
                String entry =
                    browser.renderedDom(platform.url("portal-ui") + "/register/" + entryId);
                assertThat(entry).contains("Slimme verkeerslichten");
                browser.screenshot(
                    platform.url("portal-ui") + "/", OUTPUT.resolve("portal-start.png"));
              });
    }

    Instant restarted = Instant.now();
    try (Platform again = Platform.start(options)) {
      System.out.printf(
          "platform start-up (warm data directory): %d ms%n",
          Duration.between(restarted, Instant.now()).toMillis());
      ApiClient anonymous = ApiClient.anonymous(again.url("register-service"));
      ApiClient officer = ApiClient.basic(again.url("case-service"), "ethicus", "demo-ethicus");

      assertThat(anonymous.get("/api/v1/algorithms").body()).contains(entryId);
      assertThat(signals(officer, entryId)).contains("\"total\":2");
      assertThat(myVotesStatus(again, residentToken))
          .as("the data directory keeps its token key, so residents keep their tokens")
          .isEqualTo(200);
    }
  }

  private static String issuedToken(ApiClient resident) {
    HttpResponse<String> issued = resident.post("/api/v1/participants", "");
    assertThat(issued.statusCode()).as(issued.body()).isEqualTo(201);
    Matcher m = Pattern.compile("\"token\":\"([^\"]+)\"").matcher(issued.body());
    assertThat(m.find()).isTrue();
    return m.group(1);
  }

  /** Any conversation id will do: a valid token gets its (empty) votes, a forged one 401. */
  private static int myVotesStatus(Platform platform, String token) throws Exception {
    java.net.http.HttpRequest request =
        java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(
                    platform.url("participation-service")
                        + "/api/v1/conversations/"
                        + UUID.randomUUID()
                        + "/my-votes"))
            .header("Participant-Token", token)
            .build();
    return java.net.http.HttpClient.newHttpClient()
        .send(request, HttpResponse.BodyHandlers.discarding())
        .statusCode();
  }

  private static String createAndPublish(ApiClient editor, String name) {
    HttpResponse<String> created =
        editor.post(
            "/api/v1/algorithms",
            "{\"fields\":{\"name\":\""
                + name
                + "\",\"organization\":\"Provincie Utrecht\","
                + "\"description_short\":\"Regelt verkeerslichten op provinciale wegen.\","
                + "\"status\":\"In gebruik\",\"publication_category\":\"Overige algoritmes\","
                + "\"contact_email\":\"algoritmes@provincie-utrecht.nl\"}}");
    assertThat(created.statusCode()).isEqualTo(201);
    Matcher id = ID.matcher(created.body());
    assertThat(id.find()).isTrue();
    assertThat(editor.post("/api/v1/algorithms/" + id.group(1) + "/publish", "").statusCode())
        .isEqualTo(200);
    return id.group(1);
  }

  private static String createAndPublishPlatform(ApiClient editor, String name) {
    HttpResponse<String> created =
        editor.post(
            "/api/v1/platforms",
            "{\"fields\":{\"name\":\""
                + name
                + "\",\"organization\":\"Provincie Utrecht\","
                + "\"description_short\":\"Korte video's voor jongeren.\","
                + "\"usage_status\":\"In verkenning\",\"purpose\":\"Jongeren bereiken.\","
                + "\"audiences\":[\"Jongeren\"],\"paid_use\":false,"
                + "\"data_shared\":\"Alleen openbare informatie.\"}}");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    Matcher id = ID.matcher(created.body());
    assertThat(id.find()).isTrue();
    assertThat(editor.post("/api/v1/platforms/" + id.group(1) + "/publish", "").statusCode())
        .isEqualTo(200);
    return id.group(1);
  }

  /**
   * The demo data of the register and of the case service agree (issue 13): the social-media case
   * names the seven demo platforms, none of them raised a proposal, each platform's next review is
   * the case's re-evaluation month (after today), and the advice was adopted before the decision.
   */
  private static void assertDemoDataAgrees(ApiClient editor, ApiClient officer) {
    String caseId =
        UUID.nameUUIDFromBytes(
                "case-service:demo:utrecht-sociale-media".getBytes(StandardCharsets.UTF_8))
            .toString();
    String socialMedia = officer.get("/api/v1/cases/" + caseId).body();
    Matcher due = Pattern.compile("\"dueDate\":\"(\\d{4}-\\d{2})-\\d{2}\"").matcher(socialMedia);
    assertThat(due.find()).as(socialMedia).isTrue();
    assertThat(YearMonth.parse(due.group(1)).atEndOfMonth()).isAfter(LocalDate.now());
    Matcher adopted = Pattern.compile("\"adoptedAt\":\"([^\"]+)\"").matcher(socialMedia);
    Matcher decided = Pattern.compile("\"decidedOn\":\"([^\"]+)\"").matcher(socialMedia);
    assertThat(adopted.find() && decided.find()).isTrue();
    assertThat(Instant.parse(adopted.group(1)))
        .isBefore(LocalDate.parse(decided.group(1)).atStartOfDay(ZoneOffset.UTC).toInstant());
    List<String> platformIds = new java.util.ArrayList<>();
    for (String key :
        List.of("x", "facebook", "instagram", "linkedin", "youtube", "bluesky", "mastodon")) {
      String entryId =
          UUID.nameUUIDFromBytes(
                  ("register-service:demo:platform:" + key).getBytes(StandardCharsets.UTF_8))
              .toString();
      platformIds.add(entryId);
      assertThat(socialMedia).as("the case names " + key).contains(entryId);
      String platform = editor.get("/api/v1/platforms/" + entryId).body();
      assertThat(platform).as(key).contains("\"nextReviewDate\":\"" + due.group(1));
      assertThat(platform).as(key).contains(caseId);
    }
    await()
        .during(Duration.ofSeconds(3))
        .atMost(Duration.ofSeconds(10))
        .until(
            () -> {
              String driver = officer.get("/api/v1/worklists/driver").body();
              return platformIds.stream().noneMatch(driver::contains);
            });
  }

  private static String signals(ApiClient officer, String entryId) {
    HttpResponse<String> response = officer.get("/api/v1/intake-signals?subjectId=" + entryId);
    assertThat(response.statusCode()).isEqualTo(200);
    return response.body();
  }

  /**
   * Sends the relayed event again, exactly as it was (a redelivery), followed by a new event for
   * the same entry: same key, same partition, so once the marker is handled the duplicate was too.
   */
  private static void redeliverWithMarker(Platform platform, String entryId) {
    String topic = "register.entry-published.v1";
    List<ConsumerRecord<String, String>> original =
        KafkaTopics.readMatching(
            platform.kafkaBootstrapServers(),
            topic,
            r -> entryId.equals(r.key()),
            1,
            Duration.ofSeconds(20));
    assertThat(original).hasSize(1);
    ConsumerRecord<String, String> event = original.get(0);
    ProducerRecord<String, String> duplicate =
        new ProducerRecord<>(topic, null, event.key(), event.value(), event.headers());
    String markerId = UUID.randomUUID().toString();
    String markerJson =
        event
            .value()
            .replaceFirst("\"eventId\":\"[^\"]+\"", "\"eventId\":\"" + markerId + "\"")
            .replaceFirst("\"version\":\\d+", "\"version\":99");
    ProducerRecord<String, String> marker = new ProducerRecord<>(topic, event.key(), markerJson);
    marker.headers().add("event-id", markerId.getBytes());
    marker.headers().add("event-type", "EntryPublished".getBytes());
    KafkaTopics.send(platform.kafkaBootstrapServers(), List.of(duplicate, marker));
  }
}
