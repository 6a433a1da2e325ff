package nl.provincie.ethiek.launcher.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.provincie.ethiek.testsupport.ApiClient;

/** Conversations set up through the participation service as the demo moderator would. */
final class DemoConversations {

  private static final Pattern TOKEN = Pattern.compile("\"token\":\"([^\"]+)\"");
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private static final List<String> STATEMENTS =
      List.of(
          "Camera's langs de weg mogen alleen kentekens lezen, geen gezichten.",
          "Beelden van verkeerscamera's moeten binnen een week worden gewist.",
          "De provincie moet publiceren waar camera's hangen.",
          "Camera's maken provinciale wegen veiliger.",
          "Inwoners moeten meebeslissen over nieuwe camera's.",
          "Een mens moet elke boete controleren die een camera voorstelt.",
          "Camera's mogen ook worden gebruikt om files te voorspellen.",
          "De politie mag beelden alleen opvragen met toestemming van een rechter.",
          "Camera's bij scholen zijn belangrijker dan langs snelwegen.",
          "Het geld voor camera's kan beter naar fietspaden.",
          "De ethische commissie moet elk nieuw cameraplan beoordelen.",
          "Camera's geven mij een onveilig gevoel van toezicht.",
          "Digitale inspraak bereikt meer inwoners dan avonden in het gemeentehuis.",
          "Ik wil de uitkomst van een gesprek terugzien op de website.");

  private final String baseUrl;
  private final ApiClient moderator;
  private final ApiClient anonymous;

  DemoConversations(String baseUrl) {
    this.baseUrl = baseUrl;
    this.moderator = ApiClient.basic(baseUrl, "moderator", "demo-moderator");
    this.anonymous = ApiClient.anonymous(baseUrl);
  }

  /** An open conversation with seeded statements; a few residents voted already. */
  UUID open(String topic, int statementCount) {
    UUID conversation = create(topic);
    List<UUID> statements = seed(conversation, STATEMENTS.subList(0, statementCount));
    DemoContent.expect(
        moderator.post("/api/v1/conversations/" + conversation + "/open", "").statusCode(), 200);
    voteAsResidents(conversation, statements, 16);
    return conversation;
  }

  /** A conversation that residents took part in, then closed, with its report published. */
  UUID closedWithReport(String topic, int residents) {
    UUID conversation = create(topic);
    List<UUID> statements =
        seed(conversation, STATEMENTS.subList(STATEMENTS.size() - 4, STATEMENTS.size()));
    String path = "/api/v1/conversations/" + conversation;
    DemoContent.expect(moderator.post(path + "/open", "").statusCode(), 200);
    voteAsResidents(conversation, statements, residents);
    DemoContent.expect(moderator.post(path + "/close", "").statusCode(), 200);
    HttpResponse<String> report = moderator.post(path + "/report", "");
    assertThat(report.statusCode()).as(report.body()).isEqualTo(201);
    return conversation;
  }

  private UUID create(String topic) {
    return DemoContent.id(
        moderator.post(
            "/api/v1/conversations",
            "{\"topic\":\"%s\",\"descriptionNl\":\"%s\"}"
                .formatted(
                    topic,
                    "Praat mee over "
                        + topic.toLowerCase()
                        + ". Uw mening telt mee in het"
                        + " advies van de ethische commissie.")));
  }

  private List<UUID> seed(UUID conversation, List<String> texts) {
    List<UUID> ids = new ArrayList<>();
    for (String text : texts) {
      ids.add(
          DemoContent.id(
              moderator.post(
                  "/api/v1/conversations/" + conversation + "/statements/seed",
                  "{\"text\":\"%s\",\"meta\":false}".formatted(text))));
    }
    return ids;
  }

  /** Residents who agree with the even statements and disagree with the odd ones, or reverse. */
  private void voteAsResidents(UUID conversation, List<UUID> statements, int residents) {
    for (int resident = 0; resident < residents; resident++) {
      String token = token();
      for (int s = 0; s < statements.size(); s++) {
        String vote = (s + resident) % 2 == 0 ? "agree" : "disagree";
        HttpResponse<String> response =
            asResident(
                token,
                "/api/v1/conversations/" + conversation + "/votes",
                "{\"statementId\":\"%s\",\"vote\":\"%s\",\"requestId\":\"%s\"}"
                    .formatted(statements.get(s), vote, UUID.randomUUID()));
        assertThat(response.statusCode()).as(response.body()).isBetween(200, 202);
      }
    }
  }

  private String token() {
    String body = anonymous.post("/api/v1/participants", "").body();
    Matcher matcher = TOKEN.matcher(body);
    assertThat(matcher.find()).as(body).isTrue();
    return matcher.group(1);
  }

  private HttpResponse<String> asResident(String token, String path, String json) {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(baseUrl + path))
            .header("Participant-Token", token)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build();
    try {
      return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException("vote failed: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
