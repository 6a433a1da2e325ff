package nl.provincie.ethiek.servicekit.openapi;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The RFC 9457 problem details document every failure answers with (docs/adr/0006). */
final class ProblemSchemas {

  private ProblemSchemas() {}

  static Map<String, Object> schemas() {
    Map<String, Object> problemProperties = new LinkedHashMap<>();
    problemProperties.put(
        "type",
        Map.of(
            "type",
            "string",
            "description",
            "Stable tag URI of the kind of problem, e.g."
                + " tag:ethiek.provincie.nl,2026:problems/validation"));
    problemProperties.put("title", Map.of("type", "string"));
    problemProperties.put("status", Map.of("type", "integer", "format", "int32"));
    problemProperties.put("detail", Map.of("type", "string"));
    problemProperties.put("instance", Map.of("type", "string"));
    problemProperties.put(
        "errors",
        Map.of(
            "type",
            "array",
            "description",
            "The rejected parts of the request",
            "items",
            Map.of("$ref", "#/components/schemas/InvalidParam")));
    Map<String, Object> problem = new LinkedHashMap<>();
    problem.put("type", "object");
    problem.put("required", List.of("type", "title", "status"));
    problem.put("properties", problemProperties);
    // RFC 9457 extension members, e.g. currentState and allowedStates of a refused transition
    problem.put("additionalProperties", true);
    problem.put("description", "RFC 9457 problem details (application/problem+json)");

    Map<String, Object> invalidParam = new LinkedHashMap<>();
    invalidParam.put("type", "object");
    invalidParam.put("required", List.of("message"));
    invalidParam.put(
        "properties",
        Map.of(
            "pointer",
            Map.of("type", "string", "description", "JSON pointer to the rejected value"),
            "message",
            Map.of("type", "string")));
    return Map.of("Problem", problem, "InvalidParam", invalidParam);
  }
}
