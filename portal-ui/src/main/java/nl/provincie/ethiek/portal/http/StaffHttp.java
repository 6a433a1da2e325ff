package nl.provincie.ethiek.portal.http;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * JSON over HTTP to one service's {@code /api/v1} on a staff member's behalf: every request carries
 * their {@code Authorization} header and the back office's language. Refusals (4xx) become {@link
 * ServiceRefusedException} with the problem's type and field errors; everything else that goes
 * wrong becomes {@link ServiceUnavailableException}.
 */
public final class StaffHttp {

  private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);

  private final ServiceHttp http;
  private final Supplier<Locale> language;

  /** A client of the service under {@code baseUrl}, asking for answers in {@code language}. */
  public StaffHttp(URI baseUrl, Supplier<Locale> language) {
    this.http =
        new ServiceHttp(
            URI.create(baseUrl.toString().replaceAll("/+$", "") + "/api/v1"), REQUEST_TIMEOUT);
    this.language = language;
  }

  public <T> T get(Authorization who, String path, Class<T> type) {
    return read(send(who, "GET", path, null), type);
  }

  public <T> T post(Authorization who, String path, Object body, Class<T> type) {
    return read(send(who, "POST", path, body), type);
  }

  public <T> T put(Authorization who, String path, Object body, Class<T> type) {
    return read(send(who, "PUT", path, body), type);
  }

  /** Sends a request and returns the answer; throws on anything but 2xx (and 3xx). */
  public ServiceAnswer send(Authorization who, String method, String path, Object body) {
    Map<String, String> headers = new LinkedHashMap<>();
    // problem details come back in the back office's language (docs/adr/0038)
    headers.put("Accept-Language", language.get().getLanguage());
    headers.put("Authorization", who.authorizationHeader());
    ServiceAnswer answer = http.send(method, path, headers, body);
    if (answer.status() >= 500) {
      throw new ServiceUnavailableException(answer.target() + " answered HTTP " + answer.status());
    }
    if (answer.status() >= 400) {
      throw answer.refusal();
    }
    return answer;
  }

  private static <T> T read(ServiceAnswer answer, Class<T> type) {
    return type == Void.class ? null : answer.as(type);
  }
}
