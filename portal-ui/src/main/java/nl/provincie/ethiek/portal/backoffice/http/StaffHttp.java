package nl.provincie.ethiek.portal.backoffice.http;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import nl.provincie.ethiek.portal.backoffice.login.StaffCredentials;
import nl.provincie.ethiek.portal.shell.PortalLanguage;

/**
 * JSON over HTTP to one service on a staff member's behalf: every request carries their {@code
 * Authorization} header. Refusals become {@link ServiceRefusedException} with the problem's type
 * and field errors; everything else that goes wrong becomes {@link ServiceUnavailableException}.
 * Messages name the method and path only, never credentials.
 */
public final class StaffHttp {

  public static final ObjectMapper JSON =
      JsonMapper.builder()
          .addModule(new JavaTimeModule())
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .build();

  private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);
  private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);

  private final String base;
  private final HttpClient http;

  public StaffHttp(URI baseUrl) {
    this.base = baseUrl.toString().replaceAll("/+$", "") + "/api/v1";
    this.http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(CONNECT_TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  public <T> T get(StaffCredentials who, String path, Class<T> type) {
    return read(send(who, "GET", path, null), type);
  }

  public <T> T post(StaffCredentials who, String path, Object body, Class<T> type) {
    return read(send(who, "POST", path, body), type);
  }

  public <T> T put(StaffCredentials who, String path, Object body, Class<T> type) {
    return read(send(who, "PUT", path, body), type);
  }

  /** Sends a request and returns the answer's body; throws on anything but 2xx. */
  public byte[] send(StaffCredentials who, String method, String path, Object body) {
    String target = method + " " + path;
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + path))
            .timeout(REQUEST_TIMEOUT)
            .header("Accept", "application/json")
            // problem details come back in the back office's language (docs/adr/0038)
            .header("Accept-Language", PortalLanguage.current().getLanguage())
            .header("Authorization", who.authorizationHeader());
    try {
      if (body == null) {
        request.method(method, HttpRequest.BodyPublishers.noBody());
      } else {
        request
            .header("Content-Type", "application/json")
            .method(method, HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)));
      }
      HttpResponse<byte[]> response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
      int status = response.statusCode();
      if (status >= 500) {
        throw new ServiceUnavailableException(target + " answered HTTP " + status);
      }
      if (status >= 400) {
        throw refusal(status, response.body());
      }
      return response.body();
    } catch (IOException e) {
      throw new ServiceUnavailableException(target + " failed: " + e.getClass().getSimpleName(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ServiceUnavailableException("Interrupted during " + target, e);
    }
  }

  static ServiceRefusedException refusal(int status, byte[] body) {
    String type = "";
    String detail = "";
    List<FieldProblem> fields = new ArrayList<>();
    try {
      JsonNode problem = body.length == 0 ? null : JSON.readTree(body);
      if (problem != null) {
        type = problem.path("type").asText("");
        detail = problem.path("detail").asText("");
        for (JsonNode error : problem.path("errors")) {
          fields.add(
              new FieldProblem(error.path("pointer").asText(""), error.path("message").asText("")));
        }
      }
    } catch (IOException e) {
      // not a problem document: the status alone must do
    }
    String slug = type.substring(type.lastIndexOf('/') + 1);
    return new ServiceRefusedException(status, slug, detail, fields);
  }

  private static <T> T read(byte[] body, Class<T> type) {
    if (type == Void.class) {
      return null;
    }
    try {
      return JSON.readValue(body, type);
    } catch (IOException e) {
      throw new ServiceUnavailableException("Unreadable answer (" + type.getSimpleName() + ")", e);
    }
  }
}
