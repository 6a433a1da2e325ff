package nl.provincie.ethiek.launcher.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.provincie.ethiek.testsupport.ApiClient;

/**
 * Residents who take part through the participation service's public API, as the portal does for
 * them: a participant token first, then votes with the Participant-Token header.
 */
final class SimulatedResidents {

  private static final Pattern TOKEN = Pattern.compile("\"token\":\"([^\"]+)\"");
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private final String baseUrl;
  private final ApiClient anonymous;

  SimulatedResidents(String participationUrl) {
    this.baseUrl = participationUrl;
    this.anonymous = ApiClient.anonymous(participationUrl);
  }

  /** A new resident: the token the service hands out for one participant. */
  String newResident() {
    String body = anonymous.post("/api/v1/participants", "").body();
    Matcher matcher = TOKEN.matcher(body);
    assertThat(matcher.find()).as(body).isTrue();
    return matcher.group(1);
  }

  /** One vote (agree, disagree or pass) of a resident, accepted by the service. */
  void vote(String token, UUID conversation, UUID statement, String vote) {
    String json =
        "{\"statementId\":\"%s\",\"vote\":\"%s\",\"requestId\":\"%s\"}"
            .formatted(statement, vote, UUID.randomUUID());
    HttpRequest request =
        HttpRequest.newBuilder(
                URI.create(baseUrl + "/api/v1/conversations/" + conversation + "/votes"))
            .header("Participant-Token", token)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build();
    HttpResponse<String> response;
    try {
      response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException("vote failed: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    assertThat(response.statusCode()).as(response.body()).isBetween(200, 202);
  }
}
