package nl.provincie.ethiek.portal.http;

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
import java.util.Map;
import java.util.Optional;

/**
 * Reads JSON from a backing service's public API with short timeouts. A 404 (and a 401, for the
 * resident's own position) means "nothing there" and gives an empty answer; anything else that is
 * not a readable 200 throws {@link ServiceUnavailableException}. Request headers are never logged
 * or put in exception messages: they may carry the resident's participant token.
 */
public final class JsonReader {

  private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);
  private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(3);
  private static final ObjectMapper JSON =
      JsonMapper.builder()
          .addModule(new JavaTimeModule())
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .build();

  private final String base;
  private final HttpClient http;

  /** A reader for the API under {@code baseUrl} (a trailing slash is ignored). */
  public JsonReader(URI baseUrl) {
    this.base = baseUrl.toString().replaceAll("/+$", "");
    this.http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(CONNECT_TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  /** GET {@code path} (starting with /) as {@code type}; empty on 404 or 401. */
  public <T> Optional<T> get(String path, Class<T> type) {
    return get(path, Map.of(), type);
  }

  /** GET {@code path} with extra request headers; empty on 404 or 401. */
  public <T> Optional<T> get(String path, Map<String, String> headers, Class<T> type) {
    URI uri = URI.create(base + path);
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri).timeout(REQUEST_TIMEOUT).header("Accept", "application/json");
    headers.forEach(request::header);
    HttpResponse<byte[]> response;
    try {
      response = http.send(request.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new ServiceUnavailableException("GET " + uri + " failed: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ServiceUnavailableException("Interrupted during GET " + uri, e);
    }
    int status = response.statusCode();
    if (status == 404 || status == 401) {
      return Optional.empty();
    }
    if (status != 200) {
      throw new ServiceUnavailableException("GET " + uri + " answered HTTP " + status);
    }
    try {
      return Optional.of(JSON.readValue(response.body(), type));
    } catch (IOException e) {
      throw new ServiceUnavailableException("Unreadable answer from GET " + uri, e);
    }
  }
}
