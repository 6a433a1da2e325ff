package nl.provincie.ethiek.launcher.contract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Tuple;

/** Draws one request for an operation: its input class, credentials, parameters and body. */
final class RequestFactory {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final IdPool ids;
  private final SchemaValues values;
  private final StaffAccounts staff;
  private final Optional<String> participantToken;

  RequestFactory(IdPool ids, StaffAccounts staff, Optional<String> participantToken) {
    this.ids = ids;
    this.values = new SchemaValues(ids);
    this.staff = staff;
    this.participantToken = participantToken;
  }

  FuzzRequest draw(FuzzOperation operation) {
    List<InputClass> inputs =
        List.of(InputClass.values()).stream().filter(c -> c.appliesTo(operation)).toList();
    InputClass input =
        Arbitraries.frequencyOf(
                Tuple.of(inputs.size(), Arbitraries.just(InputClass.VALID)),
                Tuple.of(inputs.size(), Arbitraries.of(inputs)))
            .sample();
    Credentials credentials = credentials(operation);
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Accept", "application/json, application/problem+json");
    authenticate(operation, credentials, headers);
    String path = path(operation, input);
    String query = query(operation, input);
    Optional<String> body = body(operation, input, headers);
    return new FuzzRequest(operation, path, query, headers, body, input, credentials);
  }

  private Credentials credentials(FuzzOperation operation) {
    return switch (operation.caller()) {
      case STAFF ->
          Arbitraries.frequencyOf(
                  Tuple.of(6, Arbitraries.just(Credentials.RIGHT_ROLE)),
                  Tuple.of(
                      1,
                      Arbitraries.of(
                          Credentials.NONE,
                          Credentials.WRONG_ROLE,
                          Credentials.WRONG_PASSWORD,
                          Credentials.GARBLED_AUTHORIZATION)))
              .sample();
      case PARTICIPANT ->
          Arbitraries.frequencyOf(
                  Tuple.of(6, Arbitraries.just(Credentials.PARTICIPANT_TOKEN)),
                  Tuple.of(
                      2, Arbitraries.of(Credentials.NONE, Credentials.GARBLED_PARTICIPANT_TOKEN)))
              .sample();
      case ANYONE ->
          Arbitraries.frequencyOf(
                  Tuple.of(6, Arbitraries.just(Credentials.NONE)),
                  Tuple.of(1, Arbitraries.just(Credentials.RIGHT_ROLE)))
              .sample();
    };
  }

  private void authenticate(
      FuzzOperation operation, Credentials credentials, Map<String, String> headers) {
    switch (credentials) {
      case RIGHT_ROLE -> headers.put("Authorization", staff.holding(operation.roles()));
      case WRONG_ROLE -> headers.put("Authorization", staff.lacking(operation.roles()));
      case WRONG_PASSWORD -> headers.put("Authorization", StaffAccounts.basic("ethicus", "fout"));
      case GARBLED_AUTHORIZATION ->
          headers.put(
              "Authorization",
              Arbitraries.of(
                      "Basic " + Base64.getEncoder().encodeToString(new byte[] {(byte) 0xff, 0}),
                      "Basic !!!",
                      "Bearer eyJhbGciOiJub25lIn0.e30.",
                      "Bearer " + SchemaValues.word().sample())
                  .sample());
      case PARTICIPANT_TOKEN ->
          participantToken.ifPresent(token -> headers.put("Participant-Token", token));
      case GARBLED_PARTICIPANT_TOKEN ->
          headers.put(
              "Participant-Token",
              Arbitraries.of(
                      "x",
                      "eyJ9.e30.",
                      participantToken.map(t -> t.substring(0, t.length() / 2)).orElse("abc"),
                      participantToken.map(t -> t + "AA").orElse("AA"),
                      "%%%")
                  .sample());
      case NONE -> {}
    }
  }

  private String path(FuzzOperation operation, InputClass input) {
    String path = operation.path();
    int index = 0;
    for (Parameter parameter : operation.parameters()) {
      if (!"path".equals(parameter.getIn())) {
        continue;
      }
      String collection = FuzzOperation.collectionBefore(operation.path(), index++);
      boolean id =
          parameter.getSchema() != null && "uuid".equals(parameter.getSchema().getFormat());
      String value =
          input == InputClass.GARBAGE_PARAMETER
              ? Arbitraries.of("not-an-id", "0", "%00", "..", "ä", "-1", "99999999999").sample()
              : !id
                  ? ids.in(collection)
                      .orElseGet(() -> nonBlank(values.valid(parameter.getSchema())))
                  : Arbitraries.frequencyOf(
                          Tuple.of(
                              6,
                              Arbitraries.just(
                                  ids.in(collection).orElse(UUID.randomUUID().toString()))),
                          Tuple.of(1, Arbitraries.just(UUID.randomUUID().toString())))
                      .sample();
      path = path.replace("{" + parameter.getName() + "}", encode(value));
    }
    return path;
  }

  private String query(FuzzOperation operation, InputClass input) {
    List<String> pairs = new ArrayList<>();
    List<Parameter> query =
        operation.parameters().stream().filter(p -> "query".equals(p.getIn())).toList();
    Optional<Parameter> spoiled =
        query.isEmpty() ? Optional.empty() : Optional.of(Arbitraries.of(query).sample());
    for (Parameter parameter : query) {
      boolean mine = spoiled.isPresent() && spoiled.get() == parameter;
      String value = null;
      if (mine && input == InputClass.GARBAGE_PARAMETER) {
        value = Arbitraries.of("abc", "", "-", "true", "[]").sample();
      } else if (mine && input == InputClass.NUL_CHARACTER) {
        value = "a\u0000b";
      } else if (mine && input == InputClass.HUGE_NUMBER) {
        value = Arbitraries.of("1e99999", "99999999999999999999", "-2147483649").sample();
      } else if (input == InputClass.PAGE_OVERFLOW && parameter.getName().equals("page")) {
        value = Arbitraries.of("2147483647", "81574505", "-1").sample();
      } else if (Boolean.TRUE.equals(parameter.getRequired())
          || Arbitraries.integers().between(0, 9).sample() < 4) {
        value = String.valueOf(values.valid(parameter.getSchema()));
      }
      if (value != null) {
        pairs.add(encode(parameter.getName()) + "=" + encode(value));
      }
    }
    return String.join("&", pairs);
  }

  @SuppressWarnings("unchecked")
  private Optional<String> body(
      FuzzOperation operation, InputClass input, Map<String, String> headers) {
    if (operation.body().isEmpty()) {
      return Optional.empty();
    }
    Schema<?> schema = operation.body().get();
    Object valid = values.valid(schema);
    List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
    String json = write(BodyMutations.mutate(valid, input, required));
    headers.put("Content-Type", "application/json");
    return switch (input) {
      case HUGE_NUMBER -> Optional.of(hugeNumber(valid));
      case DEEP_NESTING -> {
        int depth = Arbitraries.integers().between(300, 5000).sample();
        yield Optional.of("{\"a\":" + "[".repeat(depth) + "]".repeat(depth) + "}");
      }
      case TRAILING_GARBAGE ->
          Optional.of(json + Arbitraries.of("}", " x", "{}", "\u0000").sample());
      case NOT_JSON -> {
        headers.put(
            "Content-Type",
            Arbitraries.of("text/plain", "application/xml", "application/octet-stream").sample());
        yield Optional.of(Arbitraries.of(json, "<a/>", "\u00ff\u00fe garbage").sample());
      }
      case EMPTY_BODY -> {
        if (Arbitraries.of(true, false).sample()) {
          headers.remove("Content-Type");
        }
        yield Optional.of("");
      }
      default -> Optional.of(json);
    };
  }

  @SuppressWarnings("unchecked")
  private static String hugeNumber(Object valid) {
    if (valid instanceof Map<?, ?> map && !map.isEmpty()) {
      Map<String, Object> copy = new LinkedHashMap<>((Map<String, Object>) map);
      String key = Arbitraries.of(new ArrayList<>(copy.keySet())).sample();
      copy.put(key, "__HUGE__");
      return write(copy).replace("\"__HUGE__\"", "1e99999");
    }
    return "1e99999";
  }

  private static String write(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A path segment: never empty, or the path would name another operation. */
  private static String nonBlank(Object value) {
    String text = String.valueOf(value);
    return text.isBlank() ? SchemaValues.word().sample() : text;
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
