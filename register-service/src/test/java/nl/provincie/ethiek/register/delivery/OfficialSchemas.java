package nl.provincie.ethiek.register.delivery;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * The official schemas (test resources, EUPL-1.2): AlgorithmIn from the delivery API's OpenAPI
 * document, sanitised as the spec says, and the publication standard's JSON Schema.
 */
public final class OfficialSchemas {

  public static final ObjectMapper JSON = new ObjectMapper();

  private static final JsonSchema ALGORITHM_IN = algorithmIn();
  private static final JsonSchema STANDARD = standard();

  private OfficialSchemas() {}

  public static Set<ValidationMessage> validateAlgorithmIn(JsonNode payload) {
    return ALGORITHM_IN.validate(payload);
  }

  public static Set<ValidationMessage> validateStandard(JsonNode document) {
    return STANDARD.validate(document);
  }

  public static JsonNode read(String resource) {
    try (InputStream in = OfficialSchemas.class.getResourceAsStream(resource)) {
      return JSON.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * AlgorithmIn with the components it refers to. Sanitised: "type": "enum" beside $ref and a type
   * beside anyOf are not JSON Schema and are removed (../shared/specs/algoritmeregister.md).
   */
  private static JsonSchema algorithmIn() {
    JsonNode openapi = read("/algoritmeregister/aanlever-api-v1_0-openapi.json");
    ObjectNode schema = openapi.at("/components/schemas/AlgorithmIn").deepCopy();
    ObjectNode root = JSON.createObjectNode();
    root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    root.setAll(schema);
    ObjectNode components = JSON.createObjectNode();
    components.set("schemas", openapi.at("/components/schemas").deepCopy());
    root.set("components", components);
    sanitise(root);
    return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(root);
  }

  private static JsonSchema standard() {
    return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7)
        .getSchema(read("/algoritmeregister/publicatiestandaard-v1.0.0.schema.json"));
  }

  static void sanitise(JsonNode node) {
    if (node instanceof ObjectNode object) {
      JsonNode type = object.get("type");
      if (type != null && (object.has("$ref") || object.has("anyOf"))) {
        object.remove("type");
      } else if (type != null && type.isTextual() && type.asText().equals("enum")) {
        object.remove("type");
      }
      Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
      while (fields.hasNext()) {
        sanitise(fields.next().getValue());
      }
    } else if (node != null && node.isArray()) {
      node.forEach(OfficialSchemas::sanitise);
    }
  }
}
