package nl.provincie.ethiek.portal.http;

import com.fasterxml.jackson.core.JsonProcessingException;
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

/**
 * JSON over HTTP to one backing service: the one transport every client of the portal uses. It
 * sends a request and hands back the status and body, whatever the status; only a service that
 * cannot be reached (or a body that cannot be written) throws, as {@link
 * ServiceUnavailableException}. Headers are never logged or put in messages: they may carry a
 * participant token or staff credentials.
 */
public final class ServiceHttp {

  /** How every client reads and writes JSON: unknown fields are ignored, times are ISO-8601. */
  public static final ObjectMapper JSON =
      JsonMapper.builder()
          .addModule(new JavaTimeModule())
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .build();

  static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);

  private final String base;
  private final Duration requestTimeout;
  private final HttpClient http;

  /** A transport to the service under {@code baseUrl} (trailing slashes are ignored). */
  public ServiceHttp(URI baseUrl, Duration requestTimeout) {
    this(baseUrl, CONNECT_TIMEOUT, requestTimeout);
  }

  public ServiceHttp(URI baseUrl, Duration connectTimeout, Duration requestTimeout) {
    this.base = baseUrl.toString().replaceAll("/+$", "");
    this.requestTimeout = requestTimeout;
    this.http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(connectTimeout)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  /**
   * Sends {@code method path} (the path starts with / and may carry a query) with {@code Accept:
   * application/json}, the given headers in their order and, unless {@code body} is null, the body
   * as JSON.
   */
  public ServiceAnswer send(String method, String path, Map<String, String> headers, Object body) {
    URI uri = URI.create(base + path);
    String target = method + " " + uri;
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri).timeout(requestTimeout).header("Accept", "application/json");
    headers.forEach(request::header);
    if (body == null) {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      request
          .header("Content-Type", "application/json")
          .method(method, HttpRequest.BodyPublishers.ofByteArray(json(target, body)));
    }
    try {
      HttpResponse<byte[]> response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
      return new ServiceAnswer(target, response.statusCode(), response.body());
    } catch (IOException e) {
      throw new ServiceUnavailableException(target + " failed: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ServiceUnavailableException("Interrupted during " + target, e);
    }
  }

  private static byte[] json(String target, Object body) {
    try {
      return JSON.writeValueAsBytes(body);
    } catch (JsonProcessingException e) {
      throw new ServiceUnavailableException("Cannot write the body of " + target, e);
    }
  }
}
