package nl.provincie.ethiek.servicekit.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;
import nl.provincie.ethiek.servicekit.problem.ProblemType;

/**
 * A plain JDK client for tests of a service's HTTP answers, with parsed problem documents: the
 * kit's own tests and every service's, through service-kit's test jar (only this package is in it).
 */
public final class KitHttp {

  private static final JsonMapper JSON = JsonMapper.createDefault();
  private final HttpClient http = HttpClient.newHttpClient();
  private final URL base;

  public KitHttp(URL base) {
    this.base = base;
  }

  public HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(base + path));
  }

  public HttpRequest.Builder postJson(String path, String json) {
    return request(path)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json));
  }

  public HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  public static JsonNode json(HttpResponse<String> response) throws Exception {
    return JSON.readValue(response.body(), JsonNode.class);
  }

  /** Asserts a problem+json answer of {@code status} and type slug, and returns it parsed. */
  public static JsonNode problem(HttpResponse<String> response, int status, String slug)
      throws Exception {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(value -> assertThat(value).startsWith("application/problem+json"));
    JsonNode problem = json(response);
    assertThat(text(problem, "type")).isEqualTo(ProblemType.BASE + slug);
    assertThat(problem.get("status").getIntValue()).isEqualTo(status);
    return problem;
  }

  /** The text at {@code path} ("errors/0/pointer"), or null if absent. */
  public static String text(JsonNode node, String path) {
    JsonNode here = node;
    for (String step : path.split("/")) {
      if (here == null) {
        return null;
      }
      here = step.matches("\\d+") ? here.get(Integer.parseInt(step)) : here.get(step);
    }
    return here == null || here.isNull() ? null : here.coerceStringValue();
  }

  public static String basic(String user, String password) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes());
  }
}
