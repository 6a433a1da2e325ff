package nl.provincie.ethiek.register.delivery.internal;

import jakarta.inject.Singleton;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

/**
 * The national delivery API ("aanlever API" v1.0) over HTTP with a bearer token. Answers are
 * returned as they came; the worker decides what a status means.
 */
@Singleton
class NationalRegisterClient {

  private static final Duration TIMEOUT = Duration.ofSeconds(15);

  private final DeliverySettings settings;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  NationalRegisterClient(DeliverySettings settings) {
    this.settings = settings;
  }

  /** Status, body and the Retry-After header (seconds) of one answer. */
  record Answer(int status, String body, Optional<Duration> retryAfter) {}

  Answer create(String payload) throws IOException, InterruptedException {
    return send("POST", "/algorithms", payload);
  }

  Answer update(String lars, String payload) throws IOException, InterruptedException {
    return send("PUT", "/algorithms/" + encode(lars), payload);
  }

  Answer release(String lars) throws IOException, InterruptedException {
    return send("PUT", "/algorithms/" + encode(lars) + "/release", null);
  }

  Answer retract(String lars) throws IOException, InterruptedException {
    return send("DELETE", "/published-algorithms/" + encode(lars) + "/retract", null);
  }

  private Answer send(String method, String path, String json)
      throws IOException, InterruptedException {
    String base = settings.baseUrl().replaceAll("/+$", "");
    URI uri = URI.create(base + "/organizations/" + encode(settings.organisationId()) + path);
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri)
            .timeout(TIMEOUT)
            .header("Accept", "application/json")
            .header("Authorization", "Bearer " + settings.token());
    if (json != null) {
      request
          .header("Content-Type", "application/json")
          .method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
    } else {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    }
    HttpResponse<String> response =
        http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    Optional<Duration> retryAfter =
        response
            .headers()
            .firstValue("Retry-After")
            .flatMap(
                value -> {
                  try {
                    return Optional.of(Duration.ofSeconds(Long.parseLong(value.strip())));
                  } catch (NumberFormatException e) {
                    return Optional.empty();
                  }
                });
    return new Answer(response.statusCode(), response.body(), retryAfter);
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
