package nl.provincie.ethiek.portal.register;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.provincie.ethiek.portal.register.RegisterModel.EntryDetail;
import nl.provincie.ethiek.portal.register.RegisterModel.EntryPage;
import nl.provincie.ethiek.portal.register.RegisterModel.History;
import nl.provincie.ethiek.portal.register.RegisterModel.Search;
import nl.provincie.ethiek.portal.register.RegisterModel.VersionSummary;
import nl.provincie.ethiek.portal.shell.PortalLanguage;

/** {@link RegisterClient} over the register service's public HTTP API (/api/v1/...). */
public final class HttpRegisterClient implements RegisterClient {

  static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);
  static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(3);

  private static final ObjectMapper JSON =
      JsonMapper.builder()
          .addModule(new JavaTimeModule())
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .build();

  private final String base;
  private final Duration requestTimeout;
  private final HttpClient http;

  public HttpRegisterClient(URI baseUrl) {
    this(baseUrl, CONNECT_TIMEOUT, REQUEST_TIMEOUT);
  }

  HttpRegisterClient(URI baseUrl, Duration connectTimeout, Duration requestTimeout) {
    this.base = baseUrl.toString().replaceAll("/+$", "");
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
    URI uri = URI.create(base + "/api/v1/algorithms");
    HttpResponse<byte[]> response = get(uri);
    expectOk(uri, response);
    AlgorithmList list = read(uri, response, AlgorithmList.class);
    return list.items() == null ? List.of() : List.copyOf(list.items());
  }

  @Override
  public EntryPage search(Search search) {
    List<String> parameters = new ArrayList<>();
    parameter(parameters, "q", search.q());
    parameter(parameters, "kind", search.kind());
    parameter(parameters, "theme", search.theme());
    parameter(parameters, "useStatus", search.useStatus());
    parameters.add("page=" + search.page());
    parameters.add("size=" + search.size());
    URI uri = URI.create(base + "/api/v1/entries?" + String.join("&", parameters));
    HttpResponse<byte[]> response = get(uri);
    expectOk(uri, response);
    return read(uri, response, EntryPage.class);
  }

  @Override
  public Optional<EntryDetail> entry(UUID id) {
    URI uri = URI.create(base + "/api/v1/entries/" + id);
    HttpResponse<byte[]> response = get(uri);
    if (response.statusCode() == 404) {
      return Optional.empty();
    }
    expectOk(uri, response);
    return Optional.of(read(uri, response, EntryDetail.class));
  }

  @Override
  public List<VersionSummary> history(UUID id) {
    URI uri = URI.create(base + "/api/v1/entries/" + id + "/history");
    HttpResponse<byte[]> response = get(uri);
    if (response.statusCode() == 404) {
      return List.of();
    }
    expectOk(uri, response);
    return read(uri, response, History.class).versions();
  }

  private static void parameter(List<String> parameters, String name, String value) {
    if (value != null && !value.isBlank()) {
      parameters.add(name + "=" + URLEncoder.encode(value.strip(), StandardCharsets.UTF_8));
    }
  }

  private static void expectOk(URI uri, HttpResponse<byte[]> response) {
    if (response.statusCode() != 200) {
      throw new RegisterUnavailableException(
          "GET " + uri + " answered HTTP " + response.statusCode());
    }
  }

  private static <T> T read(URI uri, HttpResponse<byte[]> response, Class<T> type) {
    try {
      return JSON.readValue(response.body(), type);
    } catch (IOException e) {
      throw new RegisterUnavailableException("Unreadable answer from GET " + uri, e);
    }
  }

  private HttpResponse<byte[]> get(URI uri) {
    HttpRequest request =
        HttpRequest.newBuilder(uri)
            .timeout(requestTimeout)
            .header("Accept", "application/json")
            .header("Accept-Language", PortalLanguage.current().getLanguage())
            .GET()
            .build();
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new RegisterUnavailableException("GET " + uri + " failed: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new RegisterUnavailableException("Interrupted during GET " + uri, e);
    }
  }

  /** The response body; {@code total} is not needed until the portal pages through the list. */
  record AlgorithmList(List<AlgorithmEntry> items) {}
}
