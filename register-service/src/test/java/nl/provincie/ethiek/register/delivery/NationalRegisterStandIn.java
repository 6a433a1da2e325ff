package nl.provincie.ethiek.register.delivery;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A local stand-in for the national delivery API: bearer token required, the published AlgorithmIn
 * schema and the field configuration's rules enforced (422 like the real API), a sliding-window
 * rate limit (429), LARS codes with a check digit, versions, release and retract.
 */
public final class NationalRegisterStandIn implements AutoCloseable {

  public static final String ORGANISATION = "gm9999";
  public static final String TOKEN = "test-token";

  private static final Pattern ALGORITHM =
      Pattern.compile("^/organizations/([^/]+)/algorithms(?:/([0-9]+))?(/release)?$");
  private static final Pattern RETRACT =
      Pattern.compile("^/organizations/([^/]+)/published-algorithms/([0-9]+)/retract$");
  private static final Pattern TAG = Pattern.compile("<\\s*/?\\s*([A-Za-z][A-Za-z0-9]*)([^>]*)>");
  private static final Pattern YEAR_MONTH = Pattern.compile("^[0-9]{4}-(0[1-9]|1[0-2])$");
  private static final List<String> LINK_FIELDS =
      List.of("website", "url", "process_index_url", "publiccode");

  /** One request as the server saw it. */
  public record Seen(Instant at, String method, String path, int status) {}

  /** A registration at the national side. */
  public record Registration(String lars, List<JsonNode> versions, String state) {}

  private final HttpServer server;
  private final int limit;
  private final Duration window;
  private final Deque<Instant> accepted = new ArrayDeque<>();
  private final List<Seen> seen = Collections.synchronizedList(new ArrayList<>());
  private final Map<String, Registration> registrations = new ConcurrentHashMap<>();
  private final AtomicInteger failNext = new AtomicInteger();
  private final JsonNode fieldConfig =
      OfficialSchemas.read("/algoritmeregister/aanlever-api-v1_0-field-config.json")
          .get("properties");
  private int sequence = 1_234_000;

  public NationalRegisterStandIn(int limit, Duration window) throws IOException {
    this.limit = limit;
    this.window = window;
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", this::handle);
    server.start();
  }

  public String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /**
   * The settings that point a register-service's national delivery at this stand-in, with the
   * stand-in's own rate limit as the service's rate budget.
   */
  public Map<String, String> deliverySettings() {
    return Map.of(
        "register.delivery.enabled",
        "true",
        "register.delivery.base-url",
        url(),
        "register.delivery.organisation-id",
        ORGANISATION,
        "register.delivery.token",
        TOKEN,
        "register.delivery.rate-limit",
        String.valueOf(limit),
        "register.delivery.rate-window",
        window.toMillis() + "ms");
  }

  public List<Seen> seen() {
    return List.copyOf(seen);
  }

  public Map<String, Registration> registrations() {
    return Map.copyOf(registrations);
  }

  /** A registration the national register already holds (e.g. one the public listing shows). */
  public void alreadyRegistered(String lars) {
    registrations.put(lars, new Registration(lars, new ArrayList<>(), "Gepubliceerd"));
  }

  /** The next n requests answer 503, as an overloaded server would. */
  public void failNext(int n) {
    failNext.set(n);
  }

  /** UPC-style check digit over the first seven digits (weights 3,1,3,...). */
  static int checkDigit(String sevenDigits) {
    int sum = 0;
    for (int i = 0; i < 7; i++) {
      sum += (sevenDigits.charAt(i) - '0') * (i % 2 == 0 ? 3 : 1);
    }
    return (10 - sum % 10) % 10;
  }

  private synchronized void handle(HttpExchange exchange) throws IOException {
    String method = exchange.getRequestMethod();
    String path = exchange.getRequestURI().getPath();
    int status;
    String body;
    String auth = exchange.getRequestHeaders().getFirst("Authorization");
    if (!("Bearer " + TOKEN).equals(auth)) {
      status = 401;
      body = "{\"detail\":\"Not authenticated\"}";
    } else if (!rateAllows()) {
      status = 429;
      body = "{\"detail\":\"Too many requests\"}";
    } else if (failNext.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
      status = 503;
      body = "{\"detail\":\"unavailable\"}";
    } else {
      String[] answer = route(method, path, exchange.getRequestBody().readAllBytes());
      status = Integer.parseInt(answer[0]);
      body = answer[1];
    }
    seen.add(new Seen(Instant.now(), method, path, status));
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    exchange.getResponseBody().write(bytes);
    exchange.close();
  }

  private boolean rateAllows() {
    Instant now = Instant.now();
    while (!accepted.isEmpty() && !accepted.peekFirst().plus(window).isAfter(now)) {
      accepted.pollFirst();
    }
    if (accepted.size() >= limit) {
      return false;
    }
    accepted.addLast(now);
    return true;
  }

  private String[] route(String method, String path, byte[] raw) throws IOException {
    Matcher algorithm = ALGORITHM.matcher(path);
    Matcher retract = RETRACT.matcher(path);
    if (algorithm.matches() && ORGANISATION.equals(algorithm.group(1))) {
      String lars = algorithm.group(2);
      boolean release = algorithm.group(3) != null;
      if (method.equals("POST") && lars == null) {
        return store(null, raw);
      }
      if (method.equals("PUT") && lars != null && !release) {
        return registrations.containsKey(lars) ? store(lars, raw) : notFound();
      }
      if (method.equals("PUT") && release) {
        Registration registration = registrations.get(lars);
        if (registration == null) {
          return notFound();
        }
        registrations.put(lars, new Registration(lars, registration.versions(), "Gepubliceerd"));
        return new String[] {"200", "{\"message\":\"released\"}"};
      }
    }
    if (retract.matches() && method.equals("DELETE") && ORGANISATION.equals(retract.group(1))) {
      Registration registration = registrations.get(retract.group(2));
      if (registration == null || !registration.state().equals("Gepubliceerd")) {
        return notFound();
      }
      registrations.put(
          registration.lars(),
          new Registration(registration.lars(), registration.versions(), "Ingetrokken"));
      return new String[] {"200", "{}"};
    }
    return notFound();
  }

  private String[] store(String lars, byte[] raw) throws IOException {
    JsonNode payload = OfficialSchemas.JSON.readTree(raw);
    List<String> errors = new ArrayList<>();
    OfficialSchemas.validateAlgorithmIn(payload)
        .forEach(message -> errors.add(message.getMessage()));
    errors.addAll(rules(payload));
    if (!errors.isEmpty()) {
      StringBuilder detail = new StringBuilder("{\"detail\":[");
      for (int i = 0; i < errors.size(); i++) {
        detail
            .append(i == 0 ? "" : ",")
            .append("{\"loc\":[\"body\"],\"type\":\"value_error\",\"msg\":")
            .append(OfficialSchemas.JSON.writeValueAsString(errors.get(i)))
            .append("}");
      }
      return new String[] {"422", detail.append("]}").toString()};
    }
    JsonNode addressed = payload.get("lars");
    if (lars != null
        && addressed != null
        && !addressed.isNull()
        && !lars.equals(addressed.asText())) {
      return new String[] {"422", "{\"detail\":\"lars in the body differs from the path\"}"};
    }
    if (lars == null) {
      String seven = String.valueOf(sequence++);
      String code = seven + checkDigit(seven);
      registrations.put(
          code, new Registration(code, new ArrayList<>(List.of(payload)), "In bewerking"));
      return new String[] {"200", "{\"lars_code\":\"" + code + "\"}"};
    }
    Registration registration = registrations.get(lars);
    List<JsonNode> versions = new ArrayList<>(registration.versions());
    versions.add(payload);
    registrations.put(lars, new Registration(lars, versions, "In bewerking"));
    return new String[] {"200", "{\"message\":\"updated\"}"};
  }

  /** The rules of aanlever-api-v1_0-field-config.json that JSON Schema cannot express. */
  private List<String> rules(JsonNode payload) {
    List<String> errors = new ArrayList<>();
    Iterator<Map.Entry<String, JsonNode>> fields = fieldConfig.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      String name = field.getKey();
      JsonNode config = field.getValue();
      JsonNode value = payload.get(name);
      if (config.path("required").asBoolean(false) && (value == null || value.isNull())) {
        errors.add(name + " is required");
        continue;
      }
      if (value == null || value.isNull()) {
        continue;
      }
      if (config.has("permitted_values")) {
        List<String> permitted = new ArrayList<>();
        config.get("permitted_values").forEach(v -> permitted.add(v.asText()));
        if (value.isArray()) {
          value.forEach(
              v -> {
                if (!permitted.contains(v.asText())) {
                  errors.add(name + " has a value that is not permitted: " + v.asText());
                }
              });
        } else if (!permitted.contains(value.asText())) {
          errors.add(name + " is not permitted: " + value.asText());
        }
      }
      if (value.isTextual()) {
        String text = value.asText();
        boolean html = config.has("allowed_html_tags");
        if (html) {
          Matcher tag = TAG.matcher(text);
          while (tag.find()) {
            boolean allowed = false;
            for (JsonNode t : config.get("allowed_html_tags")) {
              allowed |= t.asText().equalsIgnoreCase(tag.group(1));
            }
            if (!allowed || !tag.group(2).replace("/", "").isBlank()) {
              errors.add(name + " has a tag that is not allowed: " + tag.group());
            }
          }
        }
        String counted = html ? TAG.matcher(text).replaceAll("") : text;
        if (config.has("max_length") && counted.length() > config.get("max_length").asInt()) {
          errors.add(name + " is longer than " + config.get("max_length").asInt());
        }
      }
      if (value.isArray() && config.has("items")) {
        for (JsonNode item : value) {
          config
              .get("items")
              .fields()
              .forEachRemaining(
                  sub -> {
                    JsonNode subValue = item.get(sub.getKey());
                    if (sub.getValue().path("required").asBoolean(false)
                        && (subValue == null || subValue.asText().isBlank())) {
                      errors.add(name + "." + sub.getKey() + " is required");
                    }
                    if (subValue != null
                        && sub.getValue().has("max_length")
                        && subValue.asText().length() > sub.getValue().get("max_length").asInt()) {
                      errors.add(name + "." + sub.getKey() + " is too long");
                    }
                    if (subValue != null
                        && sub.getKey().equals("link")
                        && !https(subValue.asText())) {
                      errors.add(name + ".link must start with https://");
                    }
                  });
        }
      }
    }
    for (String date : List.of("begin_date", "end_date")) {
      if (payload.hasNonNull(date) && !YEAR_MONTH.matcher(payload.get(date).asText()).matches()) {
        errors.add(date + " must be YYYY-MM");
      }
    }
    if (payload.hasNonNull("end_date")
        && !"Buiten gebruik".equals(payload.path("status").asText())) {
      errors.add("end_date only when Buiten gebruik");
    }
    for (String link : LINK_FIELDS) {
      if (payload.hasNonNull(link) && !https(payload.get(link).asText())) {
        errors.add(link + " must start with https://");
      }
    }
    String contact = payload.path("contact_email").asText("");
    if (!contact.isEmpty() && !contact.contains("@") && !https(contact)) {
      errors.add("contact_email must be an e-mail address or https URL");
    }
    return errors;
  }

  private static boolean https(String value) {
    return value.startsWith("https://") && value.length() > "https://".length();
  }

  private static String[] notFound() {
    return new String[] {"404", "{\"detail\":\"Not found\"}"};
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
