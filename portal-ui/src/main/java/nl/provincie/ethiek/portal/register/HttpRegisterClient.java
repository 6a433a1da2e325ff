package nl.provincie.ethiek.portal.register;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

/** {@link RegisterClient} over the register service's public HTTP API (GET /api/v1/algorithms). */
public final class HttpRegisterClient implements RegisterClient {

  static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);
  static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(3);

  private static final ObjectMapper JSON =
      JsonMapper.builder()
          .addModule(new JavaTimeModule())
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .build();

  private final URI algorithmsUri;
  private final Duration requestTimeout;
  private final HttpClient http;

  public HttpRegisterClient(URI baseUrl) {
    this(baseUrl, CONNECT_TIMEOUT, REQUEST_TIMEOUT);
  }

  HttpRegisterClient(URI baseUrl, Duration connectTimeout, Duration requestTimeout) {
    String base = baseUrl.toString().replaceAll("/+$", "");
    this.algorithmsUri = URI.create(base + "/api/v1/algorithms");
    this.requestTimeout = requestTimeout;
    this.http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(connectTimeout)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  @Override
  public List<AlgorithmEntry> publishedAlgorithms() {
    HttpRequest request =
        HttpRequest.newBuilder(algorithmsUri)
            .timeout(requestTimeout)
            .header("Accept", "application/json")
            .GET()
            .build();
    HttpResponse<byte[]> response = send(request);
    if (response.statusCode() != 200) {
      throw new RegisterUnavailableException(
          "GET " + algorithmsUri + " answered HTTP " + response.statusCode());
    }
    try {
      AlgorithmList list = JSON.readValue(response.body(), AlgorithmList.class);
      return list.items() == null ? List.of() : List.copyOf(list.items());
    } catch (IOException e) {
      throw new RegisterUnavailableException("Unreadable answer from GET " + algorithmsUri, e);
    }
  }

  private HttpResponse<byte[]> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new RegisterUnavailableException("GET " + algorithmsUri + " failed: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new RegisterUnavailableException("Interrupted during GET " + algorithmsUri, e);
    }
  }

  /** The response body; {@code total} is not needed until the portal pages through the list. */
  record AlgorithmList(List<AlgorithmEntry> items) {}
}
