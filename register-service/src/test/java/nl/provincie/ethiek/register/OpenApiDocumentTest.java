package nl.provincie.ethiek.register;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document the service serves (generated at compile time into META-INF/swagger) keeps
 * its contract: every path and method with its operationId, tags, parameters, request body and
 * responses, schema references included, and the names of the component schemas, as in the fixture.
 * The launcher's contract fuzzer (ApiContractFuzzIT) reads them. Operation summaries and
 * descriptions are prose and not compared. After a deliberate change of the API, compare
 * target/openapi-contract.json (written by this test) with the fixture and update it.
 */
class OpenApiDocumentTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String DOCUMENT = "META-INF/swagger/register-service.yml";
  private static final String FIXTURE = "openapi/register-service-contract.json";

  @Test
  void the_served_document_has_the_operations_and_schemas_of_the_fixture() throws IOException {
    JsonNode actual = contract(new YAMLMapper().readTree(resource(DOCUMENT)));
    Files.writeString(
        Path.of("target/openapi-contract.json"),
        JSON.writerWithDefaultPrettyPrinter().writeValueAsString(actual));
    JsonNode expected = JSON.readTree(resource(FIXTURE));

    assertThat(names(actual.get("operations")))
        .containsExactlyElementsOf(names(expected.get("operations")));
    for (String operation : names(expected.get("operations"))) {
      assertThat(actual.get("operations").get(operation))
          .as(operation)
          .isEqualTo(expected.get("operations").get(operation));
    }
    assertThat(actual.get("schemas")).isEqualTo(expected.get("schemas"));
  }

  /** "METHOD path" to the operation without its prose, and the component schema names. */
  static ObjectNode contract(JsonNode document) {
    ObjectNode operations = JSON.createObjectNode();
    for (Map.Entry<String, JsonNode> path : document.get("paths").properties()) {
      for (Map.Entry<String, JsonNode> method : path.getValue().properties()) {
        ObjectNode operation = method.getValue().deepCopy();
        operation.remove(List.of("summary", "description"));
        operations.set(method.getKey().toUpperCase() + " " + path.getKey(), operation);
      }
    }
    ArrayNode schemas = JSON.createArrayNode();
    document.get("components").get("schemas").fieldNames().forEachRemaining(schemas::add);
    ObjectNode contract = JSON.createObjectNode();
    contract.set("operations", operations);
    contract.set("schemas", schemas);
    return contract;
  }

  private static List<String> names(JsonNode object) {
    List<String> names = new ArrayList<>();
    object.fieldNames().forEachRemaining(names::add);
    return names.stream().sorted().toList();
  }

  private static InputStream resource(String name) {
    InputStream in = OpenApiDocumentTest.class.getClassLoader().getResourceAsStream(name);
    assertThat(in).as(name + " on the class path").isNotNull();
    return in;
  }
}
