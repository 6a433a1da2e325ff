package nl.provincie.ethiek.servicekit.openapi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Makes the document micronaut-openapi generates say what the service really does
 * (docs/adr/0039-openapi-documents-that-tell-the-truth.md): the problem+json answers every
 * operation can give, who may call it (staff schemes and roles from {@code @Secured}, the
 * residents' {@code Participant-Token}), and the snake_case names of records serialised that way.
 * Works on the parsed YAML tree, so the generated document stays the single source.
 */
final class OpenApiAmendments {

  static final String PARTICIPANT_TOKEN = "participantToken";
  private static final String PROBLEM_REF = "#/components/schemas/Problem";
  private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

  private final Function<String, RouteAccess> accessByOperation;
  private final Set<String> snakeCaseSchemas;

  /**
   * @param accessByOperation the access rule of an operation, keyed {@code "GET /path/{}"} (path
   *     variables written as {@code {}})
   * @param snakeCaseSchemas the schema names whose records are serialised in snake_case
   */
  OpenApiAmendments(Function<String, RouteAccess> accessByOperation, Set<String> snakeCaseSchemas) {
    this.accessByOperation = accessByOperation;
    this.snakeCaseSchemas = snakeCaseSchemas;
  }

  static String operationKey(String method, String path) {
    return method.toUpperCase() + " " + path.replaceAll("\\{[^}]*}", "{}");
  }

  @SuppressWarnings("unchecked")
  Map<String, Object> amend(Map<String, Object> document) {
    Map<String, Object> components = child(document, "components");
    Map<String, Object> schemas = child(components, "schemas");
    schemas.putAll(ProblemSchemas.schemas());
    anyValueMaps(document);
    child(components, "securitySchemes").putAll(securitySchemes());
    snakeCaseSchemas.forEach(
        name -> {
          if (schemas.get(name) instanceof Map<?, ?> schema) {
            toSnakeCase((Map<String, Object>) schema);
          }
        });
    Map<String, Object> paths = (Map<String, Object>) document.getOrDefault("paths", Map.of());
    paths.forEach(
        (path, item) ->
            ((Map<String, Object>) item)
                .forEach(
                    (method, operation) -> {
                      if (METHODS.contains(method)) {
                        amendOperation(method, path, (Map<String, Object>) operation);
                      }
                    }));
    return document;
  }

  @SuppressWarnings("unchecked")
  private void amendOperation(String method, String path, Map<String, Object> operation) {
    RouteAccess access = accessByOperation.apply(operationKey(method, path));
    boolean participant = requiresParticipantToken(operation);
    if (access.staffOnly()) {
      operation.put("security", List.of(Map.of("staffBasic", List.of()), bearer()));
      if (!access.roles().isEmpty()) {
        operation.put("x-roles", access.roles());
        String roles = "Roles: " + String.join(", ", access.roles()) + ".";
        Object description = operation.get("description");
        operation.put("description", description == null ? roles : description + "\n\n" + roles);
      }
    } else if (!participant) {
      operation.put("security", List.of());
    }
    Map<String, Object> responses = child(operation, "responses");
    List<Object> parameters = (List<Object>) operation.getOrDefault("parameters", List.of());
    boolean body = operation.containsKey("requestBody");
    addProblem(responses, "400", "Malformed request or invalid parameters");
    if (access.staffOnly() || participant) {
      addProblem(responses, "401", "No valid credentials");
    }
    if (access.kind() == RouteAccess.Kind.ROLES) {
      addProblem(responses, "403", "Signed in without a role this operation needs");
    } else if (participant) {
      addProblem(responses, "403", "Not allowed for residents here (e.g. no statements taken)");
    }
    if (path.contains("{") || parameters.stream().anyMatch(OpenApiAmendments::isId)) {
      addProblem(responses, "404", "Nothing with that id (or not visible to the caller)");
    }
    addProblem(responses, "406", "None of the accepted media types can be produced");
    if (!"get".equals(method)) {
      addProblem(responses, "409", "Not allowed in the current state");
      addProblem(responses, "413", "Request body larger than allowed");
      addProblem(responses, "415", "Request body in an unsupported media type");
    }
    if (body || !parameters.isEmpty() || !"get".equals(method)) {
      addProblem(responses, "422", "Request understood but refused by a rule");
    }
    if (!"get".equals(method)) {
      addProblem(responses, "429", "Too many requests; try again later");
    }
    addProblem(responses, "503", "Temporarily unable to serve; try again later");
  }

  /** A parameter naming something by id (e.g. {@code ?before=<scan id>}) can point at nothing. */
  private static boolean isId(Object parameter) {
    return parameter instanceof Map<?, ?> p
        && p.get("schema") instanceof Map<?, ?> schema
        && "uuid".equals(schema.get("format"));
  }

  @SuppressWarnings("unchecked")
  private static boolean requiresParticipantToken(Map<String, Object> operation) {
    Object security = operation.get("security");
    if (!(security instanceof List<?> requirements)) {
      return false;
    }
    return requirements.stream()
        .anyMatch(r -> r instanceof Map<?, ?> m && m.containsKey(PARTICIPANT_TOKEN));
  }

  private static Map<String, Object> bearer() {
    return Map.of("staffBearer", List.of());
  }

  private static void addProblem(Map<String, Object> responses, String status, String text) {
    Map<String, Object> schema = Map.of("$ref", PROBLEM_REF);
    responses.putIfAbsent(
        status,
        new LinkedHashMap<>(
            Map.of(
                "description",
                text,
                "content",
                Map.of("application/problem+json", Map.of("schema", schema)))));
  }

  private static Map<String, Object> securitySchemes() {
    Map<String, Object> schemes = new LinkedHashMap<>();
    schemes.put(
        "staffBasic",
        Map.of(
            "type",
            "http",
            "scheme",
            "basic",
            "description",
            "Staff demo accounts, local use only (docs/adr/0016)"));
    schemes.put(
        "staffBearer",
        Map.of(
            "type",
            "http",
            "scheme",
            "bearer",
            "bearerFormat",
            "JWT",
            "description",
            "Staff tokens of the province's OpenID Connect provider or the portal"));
    schemes.put(
        PARTICIPANT_TOKEN,
        Map.of(
            "type",
            "apiKey",
            "in",
            "header",
            "name",
            "Participant-Token",
            "description",
            "A resident's pseudonymous token from POST /api/v1/participants"));
    return schemes;
  }

  @SuppressWarnings("unchecked")
  private static void toSnakeCase(Map<String, Object> schema) {
    if (schema.get("properties") instanceof Map<?, ?> properties) {
      Map<String, Object> renamed = new LinkedHashMap<>();
      ((Map<String, Object>) properties).forEach((name, value) -> renamed.put(snake(name), value));
      schema.put("properties", renamed);
    }
    if (schema.get("required") instanceof List<?> required) {
      List<Object> renamed = new ArrayList<>();
      required.forEach(name -> renamed.add(snake(String.valueOf(name))));
      schema.put("required", renamed);
    }
  }

  static String snake(String camel) {
    return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase();
  }

  /**
   * micronaut-openapi writes a {@code Map<String, Object>} as a map of objects, whose values are
   * any JSON value (lists, text, numbers), and a map keyed by an enum as arrays without items: the
   * document says any value there.
   */
  @SuppressWarnings("unchecked")
  private static void anyValueMaps(Object node) {
    if (node instanceof Map<?, ?> map) {
      Object values = map.get("additionalProperties");
      if (values instanceof Map<?, ?> v && v.size() == 1 && "object".equals(v.get("type"))) {
        ((Map<String, Object>) map).put("additionalProperties", new LinkedHashMap<>());
      }
      if ("array".equals(map.get("type")) && !map.containsKey("items")) {
        ((Map<String, Object>) map).put("items", new LinkedHashMap<>());
      }
      map.values().forEach(OpenApiAmendments::anyValueMaps);
    } else if (node instanceof List<?> list) {
      list.forEach(OpenApiAmendments::anyValueMaps);
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> child(Map<String, Object> parent, String key) {
    return (Map<String, Object>) parent.computeIfAbsent(key, k -> new LinkedHashMap<>());
  }
}
