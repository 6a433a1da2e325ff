package nl.provincie.ethiek.portal.http;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * Reads JSON from a backing service's public API with short timeouts. A 404 (and a 401, for the
 * resident's own position) means "nothing there" and gives an empty answer; anything else that is
 * not a readable 200 throws {@link ServiceUnavailableException}.
 */
public final class JsonReader {

  private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(3);

  private final ServiceHttp http;

  /** A reader for the API under {@code baseUrl} (a trailing slash is ignored). */
  public JsonReader(URI baseUrl) {
    this.http = new ServiceHttp(baseUrl, REQUEST_TIMEOUT);
  }

  /** GET {@code path} (starting with /) as {@code type}; empty on 404 or 401. */
  public <T> Optional<T> get(String path, Class<T> type) {
    return get(path, Map.of(), type);
  }

  /** GET {@code path} with extra request headers; empty on 404 or 401. */
  public <T> Optional<T> get(String path, Map<String, String> headers, Class<T> type) {
    ServiceAnswer answer = http.send("GET", path, headers, null);
    int status = answer.status();
    if (status == 404 || status == 401) {
      return Optional.empty();
    }
    if (status != 200) {
      throw new ServiceUnavailableException(answer.target() + " answered HTTP " + status);
    }
    return Optional.of(answer.as(type));
  }
}
