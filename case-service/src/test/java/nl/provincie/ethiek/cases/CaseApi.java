package nl.provincie.ethiek.cases;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Calls the case API as the demo accounts would, with PUT as well as GET and POST. */
public final class CaseApi {

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private static final JsonMapper JSON = JsonMapper.createDefault();
  private static final Pattern ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");

  private final String base;
  private final String authorization;

  private CaseApi(String base, String authorization) {
    this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    this.authorization = authorization;
  }

  public static CaseApi as(String base, String user, String password) {
    return new CaseApi(
        base,
        "Basic "
            + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
  }

  public static CaseApi anonymous(String base) {
    return new CaseApi(base, null);
  }

  public HttpResponse<String> get(String path) {
    return send(request(path).GET());
  }

  public HttpResponse<String> post(String path, String json) {
    return send(request(path).header("Content-Type", "application/json").POST(body(json)));
  }

  /** A POST that asks for answers in {@code language} (an Accept-Language value). */
  public HttpResponse<String> post(String path, String json, String language) {
    return send(
        request(path)
            .header("Content-Type", "application/json")
            .header("Accept-Language", language)
            .POST(body(json)));
  }

  public HttpResponse<String> put(String path, String json) {
    return send(request(path).header("Content-Type", "application/json").PUT(body(json)));
  }

  /** Sends and insists on the status, so a failing step names itself. */
  public String ok(HttpResponse<String> response, int status) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    return response.body();
  }

  /** A JSON answer as a tree, for assertions on parsed values. */
  public static JsonNode json(String body) {
    try {
      return JSON.readValue(body, JsonNode.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The first "id" in a JSON body: the case's own id in a CaseView. */
  public static String firstId(String json) {
    Matcher m = ID.matcher(json);
    assertThat(m.find()).as(json).isTrue();
    return m.group(1);
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(base + path))
            .timeout(Duration.ofSeconds(30))
            .header("Accept", "application/json, text/html");
    if (authorization != null) {
      b.header("Authorization", authorization);
    }
    return b;
  }

  private static HttpRequest.BodyPublisher body(String json) {
    return HttpRequest.BodyPublishers.ofString(json);
  }

  private static HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
