package nl.provincie.ethiek.deployment.schema;

import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns a Kubernetes OpenAPI schema (a swagger definition or a CRD's openAPIV3Schema) into a JSON
 * Schema (draft 4) that refuses what the API server refuses with strict field validation, kubectl's
 * default: an object that declares its properties gets {@code additionalProperties: false} unless
 * it preserves unknown fields. OpenAPI's {@code nullable} becomes a "null" type; {@code format}
 * (int32, date-time, ...) is dropped, as the API server checks those itself.
 *
 * <p>The walk follows the schema's structure (properties, items, combinators), so a field that
 * happens to be called "format" or "properties" is left alone. Branches of allOf/anyOf/oneOf/not
 * are not closed: structural CRD schemas declare fields only on the parent.
 */
final class StrictSchema {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final List<String> BRANCHES = List.of("allOf", "anyOf", "oneOf");

  private StrictSchema() {}

  static void tighten(JsonNode schema) {
    walk(schema, false);
  }

  /** A string that Kubernetes also accepts as an integer (IntOrString). */
  static ObjectNode intOrString() {
    return anyOfTypes("integer", "string");
  }

  /** A resource quantity: "500m", "1Gi", or a plain number. */
  static ObjectNode quantity() {
    return anyOfTypes("string", "number");
  }

  private static ObjectNode anyOfTypes(String... types) {
    ObjectNode schema = NODES.objectNode();
    ArrayNode anyOf = schema.putArray("anyOf");
    for (String type : types) {
      anyOf.addObject().put("type", type);
    }
    return schema;
  }

  private static void walk(JsonNode node, boolean branch) {
    if (!(node instanceof ObjectNode schema)) {
      return;
    }
    schema.remove("format");
    if (schema.path("nullable").asBoolean(false) && schema.path("type").isString()) {
      String type = schema.get("type").asString();
      schema.putArray("type").add(type).add("null");
    }
    schema.remove("nullable");
    if (schema.path("x-kubernetes-int-or-string").asBoolean(false)
        && !schema.has("type")
        && !schema.has("anyOf")) {
      schema.setAll(intOrString());
    }
    boolean open = schema.path("x-kubernetes-preserve-unknown-fields").asBoolean(false);
    JsonNode properties = schema.get("properties");
    if (properties instanceof ObjectNode declared) {
      declared.values().forEach(property -> walk(property, false));
      if (!branch && !open && !schema.has("additionalProperties")) {
        schema.put("additionalProperties", false);
      }
    }
    JsonNode additional = schema.get("additionalProperties");
    if (additional != null && additional.isObject()) {
      walk(additional, false);
    }
    JsonNode items = schema.get("items");
    if (items != null && items.isObject()) {
      walk(items, false);
    } else if (items != null && items.isArray()) {
      items.forEach(item -> walk(item, false));
    }
    for (String combinator : BRANCHES) {
      JsonNode branches = schema.get(combinator);
      if (branches != null && branches.isArray()) {
        branches.forEach(each -> walk(each, true));
      }
    }
    if (schema.has("not")) {
      walk(schema.get("not"), true);
    }
  }
}
