package nl.provincie.ethiek.portal.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * A real HTTP server on a free loopback port standing in for a backing service: answers "METHOD
 * /path" with what a route returns (the longest matching path prefix wins) and records every
 * request. Unknown routes answer 404 with a problem body.
 */
public final class StubHttpService implements AutoCloseable {

  /** A request as the server saw it. */
  public record Request(
      String method, String path, String query, Map<String, String> headers, String body) {
    public String header(String name) {
      return headers.get(name.toLowerCase());
    }
  }

  /** An answer: status, content type and body. */
  public record Answer(int status, String contentType, String body) {
    public static Answer json(String body) {
      return new Answer(200, "application/json", body);
    }

    public static Answer json(int status, String body) {
      return new Answer(status, "application/json", body);
    }

    public static Answer problem(int status, String type, String detail) {
      return new Answer(
          status,
          "application/problem+json",
          "{\"type\":\"" + type + "\",\"status\":" + status + ",\"detail\":\"" + detail + "\"}");
    }
  }

  private final HttpServer server;
  private final ExecutorService handlers = Executors.newCachedThreadPool();
  private final List<Request> requests = new CopyOnWriteArrayList<>();
  private final Map<String, Function<Request, Answer>> routes = new ConcurrentHashMap<>();

  public StubHttpService() {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext("/", this::handle);
    server.setExecutor(handlers);
    server.start();
  }

  /** Answers {@code method path} (exact path) with a fixed answer. */
  public StubHttpService on(String method, String path, Answer answer) {
    return on(method, path, request -> answer);
  }

  public StubHttpService on(String method, String path, Function<Request, Answer> route) {
    routes.put(method + " " + path, route);
    return this;
  }

  public URI baseUrl() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  public List<Request> requests() {
    return List.copyOf(requests);
  }

  public List<Request> requests(String method, String path) {
    return requests.stream()
        .filter(r -> r.method().equals(method) && r.path().equals(path))
        .toList();
  }

  @Override
  public void close() {
    server.stop(0);
    handlers.shutdownNow();
  }

  private void handle(HttpExchange exchange) throws IOException {
    Map<String, String> headers = new ConcurrentHashMap<>();
    exchange
        .getRequestHeaders()
        .forEach((name, values) -> headers.put(name.toLowerCase(), String.join(",", values)));
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    URI uri = exchange.getRequestURI();
    Request request =
        new Request(
            exchange.getRequestMethod(),
            uri.getPath(),
            uri.getRawQuery() == null ? "" : uri.getRawQuery(),
            headers,
            body);
    requests.add(request);
    Function<Request, Answer> route = routes.get(request.method() + " " + request.path());
    Answer answer =
        route == null
            ? Answer.problem(404, "tag:ethiek.provincie.nl,2026:problems/not-found", "Not found")
            : route.apply(request);
    byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", answer.contentType());
    exchange.sendResponseHeaders(answer.status(), bytes.length == 0 ? -1 : bytes.length);
    if (bytes.length > 0) {
      exchange.getResponseBody().write(bytes);
    }
    exchange.close();
  }
}
