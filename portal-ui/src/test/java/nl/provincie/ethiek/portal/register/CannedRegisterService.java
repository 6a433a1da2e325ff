package nl.provincie.ethiek.portal.register;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A real HTTP server on a free loopback port that answers GET /api/v1/algorithms with a fixed
 * status and body, the way the register service does. Records the requests it received.
 */
public final class CannedRegisterService implements AutoCloseable {

  public static final String ONE_ALGORITHM =
      """
      {"items":[{"id":"5f0c2a4e-8a51-4c1e-9a43-0d3c1b8e7f21",
        "name":"Subsidiecheck energiebesparing",
        "organisation":"Provincie Utrecht",
        "description":"Controleert of een aanvraag voor subsidie volledig is.",
        "status":"PUBLISHED","version":1,"publishedAt":"2026-11-23T10:15:30Z"}],
       "total":1}
      """;
  public static final String NO_ALGORITHMS = "{\"items\":[],\"total\":0}";

  private final HttpServer server;
  private final ExecutorService handlers = Executors.newCachedThreadPool();
  private final List<Request> requests = new CopyOnWriteArrayList<>();

  /** A request as the server saw it. */
  public record Request(String method, String path, String accept) {}

  private CannedRegisterService(int status, String body, Duration delay) {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    server.createContext(
        "/api/v1/algorithms",
        exchange -> {
          requests.add(
              new Request(
                  exchange.getRequestMethod(),
                  exchange.getRequestURI().getPath(),
                  exchange.getRequestHeaders().getFirst("Accept")));
          pause(delay);
          exchange.getResponseHeaders().add("Content-Type", "application/json");
          exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
          exchange.getResponseBody().write(bytes);
          exchange.close();
        });
    server.setExecutor(handlers);
    server.start();
  }

  public static CannedRegisterService answering(String json) {
    return new CannedRegisterService(200, json, Duration.ZERO);
  }

  public static CannedRegisterService answering(int status, String body) {
    return new CannedRegisterService(status, body, Duration.ZERO);
  }

  public static CannedRegisterService answeringAfter(Duration delay, String json) {
    return new CannedRegisterService(200, json, delay);
  }

  /** A base URL on loopback where nothing listens (a port that was free a moment ago). */
  public static URI unreachableUrl() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return URI.create("http://127.0.0.1:" + socket.getLocalPort());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public URI baseUrl() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  public List<Request> requests() {
    return List.copyOf(requests);
  }

  @Override
  public void close() {
    server.stop(0);
    handlers.shutdownNow();
  }

  private static void pause(Duration delay) {
    try {
      Thread.sleep(delay.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
