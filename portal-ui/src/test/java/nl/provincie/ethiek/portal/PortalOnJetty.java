package nl.provincie.ethiek.portal;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import nl.provincie.ethiek.portal.security.PortalBoot;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The portal as it runs (Vaadin Boot on Jetty, production mode) in this JVM on a free loopback port
 * for the tests of one class ({@code @RegisterExtension static final PortalOnJetty}), and plain
 * HTTP requests to it. Tests using it run in their own surefire execution without Karibu on the
 * class path (see the module's pom).
 */
final class PortalOnJetty implements BeforeAllCallback, AfterAllCallback {

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private PortalBoot portal;
  private String base;

  @Override
  public void beforeAll(ExtensionContext context) throws Exception {
    int port;
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
    ManifestClassPath.expandSystemProperty();
    portal = new PortalBoot();
    portal.withPort(port).localhostOnly();
    portal.start();
    base = "http://localhost:" + port;
  }

  @Override
  public void afterAll(ExtensionContext context) {
    if (portal != null) {
      portal.stop("test done");
    }
  }

  HttpResponse<String> get(String path, Map<String, String> headers) {
    return send(path, headers, HttpResponse.BodyHandlers.ofString());
  }

  /** The body as it came over the wire, compressed or not. */
  HttpResponse<byte[]> getBytes(String path, Map<String, String> headers) {
    return send(path, headers, HttpResponse.BodyHandlers.ofByteArray());
  }

  private <T> HttpResponse<T> send(
      String path, Map<String, String> headers, HttpResponse.BodyHandler<T> body) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30)).GET();
    headers.forEach(request::header);
    try {
      return HTTP.send(request.build(), body);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
