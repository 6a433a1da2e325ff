package nl.provincie.ethiek.portal.register;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.provincie.ethiek.portal.http.ServiceAnswer;
import nl.provincie.ethiek.portal.http.ServiceHttp;
import nl.provincie.ethiek.portal.http.ServiceUnavailableException;
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

  private final ServiceHttp http;

  public HttpRegisterClient(URI baseUrl) {
    this(baseUrl, CONNECT_TIMEOUT, REQUEST_TIMEOUT);
  }

  HttpRegisterClient(URI baseUrl, Duration connectTimeout, Duration requestTimeout) {
    this.http = new ServiceHttp(baseUrl, connectTimeout, requestTimeout);
  }

  @Override
  public List<AlgorithmEntry> publishedAlgorithms() {
    AlgorithmList list = ok(get("/api/v1/algorithms")).as(AlgorithmList.class);
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
    return ok(get("/api/v1/entries?" + String.join("&", parameters))).as(EntryPage.class);
  }

  @Override
  public Optional<EntryDetail> entry(UUID id) {
    ServiceAnswer answer = get("/api/v1/entries/" + id);
    if (answer.status() == 404) {
      return Optional.empty();
    }
    return Optional.of(ok(answer).as(EntryDetail.class));
  }

  @Override
  public List<VersionSummary> history(UUID id) {
    ServiceAnswer answer = get("/api/v1/entries/" + id + "/history");
    if (answer.status() == 404) {
      return List.of();
    }
    return ok(answer).as(History.class).versions();
  }

  private static void parameter(List<String> parameters, String name, String value) {
    if (value != null && !value.isBlank()) {
      parameters.add(name + "=" + URLEncoder.encode(value.strip(), StandardCharsets.UTF_8));
    }
  }

  private static ServiceAnswer ok(ServiceAnswer answer) {
    if (answer.status() != 200) {
      throw new ServiceUnavailableException(answer.target() + " answered HTTP " + answer.status());
    }
    return answer;
  }

  private ServiceAnswer get(String path) {
    return http.send(
        "GET", path, Map.of("Accept-Language", PortalLanguage.current().getLanguage()), null);
  }

  /** The response body; {@code total} is not needed until the portal pages through the list. */
  record AlgorithmList(List<AlgorithmEntry> items) {}
}
