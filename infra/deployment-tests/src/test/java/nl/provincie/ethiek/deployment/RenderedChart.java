package nl.provincie.ethiek.deployment;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.TemplateCommand;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The resources that {@code helm template} makes of infra/helm/ethiek, rendered by Helm itself
 * (Helm's Go code through the helm-java native library) and read back as JSON trees.
 */
public final class RenderedChart {

  static final String RELEASE = "ethiek";
  static final String NAMESPACE = "ethiek";

  /** The oldest Kubernetes the operators of this chart support together (docs/adr/0020). */
  static final String KUBERNETES_VERSION = "1.34.0";

  private static final ObjectReader YAML = new YAMLMapper().readerFor(JsonNode.class);
  private static RenderedChart withProvinceValues;

  private final List<JsonNode> resources;

  private RenderedChart(List<JsonNode> resources) {
    this.resources = List.copyOf(resources);
  }

  /** The chart as a province installs it: the defaults plus values/province.yaml. */
  public static synchronized RenderedChart withProvinceValues() {
    if (withProvinceValues == null) {
      String manifests = template(provinceValues(), Map.of());
      writeForReading(manifests);
      withProvinceValues = parse(manifests);
    }
    return withProvinceValues;
  }

  /** The chart with the province's values and these {@code --set} overrides. */
  public static RenderedChart render(Map<String, Object> overrides) {
    return parse(template(provinceValues(), overrides));
  }

  /** Runs {@code helm template}; Helm's failure (a required value, a template error) is thrown. */
  public static String template(Path valuesFile, Map<String, Object> overrides) {
    TemplateCommand command =
        new Helm(chartDirectory())
            .template()
            .withName(RELEASE)
            .withNamespace(NAMESPACE)
            .withKubeVersion(KUBERNETES_VERSION);
    if (valuesFile != null) {
      command = command.withValuesFile(valuesFile);
    }
    for (Map.Entry<String, Object> override : new LinkedHashMap<>(overrides).entrySet()) {
      command = command.set(override.getKey(), override.getValue());
    }
    return command.call();
  }

  /** Leaves the render in target/ for a person to read (target/rendered/ethiek.yaml). */
  private static void writeForReading(String manifests) {
    try {
      Path file = Path.of("target", "rendered", "ethiek.yaml");
      Files.createDirectories(file.getParent());
      Files.writeString(file, manifests);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static RenderedChart parse(String manifests) {
    List<JsonNode> documents = new ArrayList<>();
    Iterator<JsonNode> iterator = YAML.readValues(manifests);
    while (iterator.hasNext()) {
      JsonNode document = iterator.next();
      if (document != null && document.isObject() && !document.isEmpty()) {
        documents.add(document);
      }
    }
    return new RenderedChart(documents);
  }

  public static Path chartDirectory() {
    return Path.of(System.getProperty("chart.directory", "../helm/ethiek")).toAbsolutePath();
  }

  public static Path provinceValues() {
    try {
      return Path.of(RenderedChart.class.getResource("/values/province.yaml").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  public List<JsonNode> all() {
    return resources;
  }

  public Stream<JsonNode> ofKind(String kind) {
    return resources.stream().filter(resource -> kind.equals(kindOf(resource)));
  }

  public JsonNode named(String kind, String name) {
    return ofKind(kind)
        .filter(resource -> name.equals(nameOf(resource)))
        .findFirst()
        .orElseThrow(() -> new NoSuchElementException("no " + kind + " named " + name));
  }

  public static String kindOf(JsonNode resource) {
    return resource.path("kind").asString("");
  }

  public static String nameOf(JsonNode resource) {
    return resource.path("metadata").path("name").asString("");
  }

  public static String describe(JsonNode resource) {
    return kindOf(resource) + "/" + nameOf(resource);
  }

  /** The containers of a Deployment's pod template. */
  public static List<JsonNode> containers(JsonNode deployment) {
    List<JsonNode> containers = new ArrayList<>();
    deployment
        .path("spec")
        .path("template")
        .path("spec")
        .path("containers")
        .forEach(containers::add);
    return containers;
  }
}
