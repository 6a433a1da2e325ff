package nl.provincie.ethiek.deployment.schema;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The schemas a rendered resource is checked against, found by its apiVersion and kind: the
 * Kubernetes API's own (from the bundled OpenAPI definitions of Kubernetes 1.34) and those of the
 * bundled CustomResourceDefinitions of Strimzi, CloudNativePG and the Gateway API. A resource of a
 * kind without a bundled schema is an error. src/test/resources/schemas/SOURCE.md says where each
 * schema comes from.
 */
public final class SchemaCatalog {

  private static final String KUBERNETES_DEFINITIONS = "/schemas/kubernetes-1.34/definitions.json";
  private static final List<String> CUSTOM_RESOURCE_DEFINITIONS =
      List.of(
          "/schemas/strimzi-1.2.0/040-Crd-kafka.yaml",
          "/schemas/strimzi-1.2.0/043-Crd-kafkatopic.yaml",
          "/schemas/strimzi-1.2.0/045-Crd-kafkanodepool.yaml",
          "/schemas/cloudnative-pg-1.30.0/postgresql.cnpg.io_clusters.yaml",
          "/schemas/cloudnative-pg-1.30.0/postgresql.cnpg.io_databases.yaml",
          "/schemas/cloudnative-pg-1.30.0/postgresql.cnpg.io_databaseroles.yaml",
          "/schemas/gateway-api-1.6.1/gateway.networking.k8s.io_httproutes.yaml");
  private static final String OBJECT_META = "io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta";
  private static final ObjectMapper JSON = new JsonMapper();
  private static final ObjectMapper YAML = new YAMLMapper();
  private static SchemaCatalog bundled;

  private final SchemaRegistry registry =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4);
  private final ObjectNode kubernetesDefinitions;

  /** "apps/v1 Deployment" to the definition's name in the Kubernetes OpenAPI document. */
  private final Map<String, String> kubernetesKinds = new HashMap<>();

  /** "kafka.strimzi.io/v1 Kafka" to the CRD's openAPIV3Schema. */
  private final Map<String, JsonNode> customKinds = new HashMap<>();

  private final Map<String, Schema> compiled = new HashMap<>();

  private SchemaCatalog() {
    kubernetesDefinitions = (ObjectNode) read(JSON, KUBERNETES_DEFINITIONS).get("definitions");
    indexKubernetesKinds();
    CUSTOM_RESOURCE_DEFINITIONS.forEach(this::addCustomResourceDefinition);
  }

  /** The bundled schemas, loaded once. */
  public static synchronized SchemaCatalog bundled() {
    if (bundled == null) {
      bundled = new SchemaCatalog();
    }
    return bundled;
  }

  /** What is wrong with this resource; empty when it matches its schema. */
  public List<String> problems(JsonNode resource) {
    String key =
        resource.path("apiVersion").asString("") + " " + resource.path("kind").asString("");
    List<String> problems = new ArrayList<>();
    if (kubernetesKinds.containsKey(key)) {
      problems.addAll(check(schemaOf(key), resource));
    } else if (customKinds.containsKey(key)) {
      problems.addAll(check(schemaOf(key), resource));
      problems.addAll(check(schemaOf(OBJECT_META), resource.path("metadata")));
    } else {
      problems.add("no schema for " + key + " (bundled: " + knownKinds() + ")");
    }
    problems.addAll(NameRules.problems(resource));
    return problems;
  }

  public List<String> knownKinds() {
    List<String> kinds = new ArrayList<>(kubernetesKinds.keySet());
    kinds.addAll(customKinds.keySet());
    kinds.sort(String::compareTo);
    return kinds;
  }

  private static List<String> check(Schema schema, JsonNode node) {
    List<String> problems = new ArrayList<>();
    for (Error error : schema.validate(node)) {
      problems.add(error.getInstanceLocation() + ": " + error.getMessage());
    }
    return problems;
  }

  private synchronized Schema schemaOf(String key) {
    return compiled.computeIfAbsent(key, this::compile);
  }

  private Schema compile(String key) {
    if (customKinds.containsKey(key)) {
      return registry.getSchema(customKinds.get(key));
    }
    String definition = key.equals(OBJECT_META) ? OBJECT_META : kubernetesKinds.get(key);
    ObjectNode root = JSON.createObjectNode();
    root.set("definitions", kubernetesDefinitions);
    root.putArray("allOf").addObject().put("$ref", "#/definitions/" + definition);
    return registry.getSchema(root);
  }

  private void indexKubernetesKinds() {
    kubernetesDefinitions.properties().forEach(entry -> StrictSchema.tighten(entry.getValue()));
    kubernetesDefinitions.set(
        "io.k8s.apimachinery.pkg.util.intstr.IntOrString", StrictSchema.intOrString());
    kubernetesDefinitions.set(
        "io.k8s.apimachinery.pkg.api.resource.Quantity", StrictSchema.quantity());
    kubernetesDefinitions
        .properties()
        .forEach(
            entry -> {
              for (JsonNode gvk : entry.getValue().path("x-kubernetes-group-version-kind")) {
                String group = gvk.path("group").asString("");
                String version = gvk.path("version").asString();
                String apiVersion = group.isEmpty() ? version : group + "/" + version;
                kubernetesKinds.put(apiVersion + " " + gvk.path("kind").asString(), entry.getKey());
              }
            });
  }

  private void addCustomResourceDefinition(String resource) {
    JsonNode crd = read(YAML, resource);
    String group = crd.path("spec").path("group").asString();
    String kind = crd.path("spec").path("names").path("kind").asString();
    for (JsonNode version : crd.path("spec").path("versions")) {
      if (!version.path("served").asBoolean(false)) {
        continue;
      }
      JsonNode schema = version.path("schema").path("openAPIV3Schema").deepCopy();
      StrictSchema.tighten(schema);
      customKinds.put(group + "/" + version.path("name").asString() + " " + kind, schema);
    }
  }

  private static JsonNode read(ObjectMapper mapper, String resource) {
    try (InputStream in = SchemaCatalog.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing bundled schema " + resource);
      }
      return mapper.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
