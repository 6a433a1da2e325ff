package nl.provincie.ethiek.deployment.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * The API server's checks of names and labels, which no OpenAPI schema states: object names are DNS
 * subdomains (a Service's name a DNS label, as it becomes a host name), label values at most 63
 * characters of a restricted alphabet.
 */
final class NameRules {

  private static final Pattern DNS_SUBDOMAIN =
      Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*");
  private static final Pattern DNS_LABEL = Pattern.compile("[a-z]([-a-z0-9]*[a-z0-9])?");
  private static final Pattern LABEL_VALUE =
      Pattern.compile("(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?");
  private static final Set<String> DNS_LABEL_NAMED = Set.of("Service");

  private NameRules() {}

  static List<String> problems(JsonNode resource) {
    List<String> problems = new ArrayList<>();
    String name = resource.path("metadata").path("name").asString("");
    boolean label = DNS_LABEL_NAMED.contains(resource.path("kind").asString(""));
    if (label ? !isDnsLabel(name) : !isDnsSubdomain(name)) {
      problems.add(
          "/metadata/name: '" + name + "' is not a DNS " + (label ? "label" : "subdomain"));
    }
    labels(resource.path("metadata").path("labels"), "/metadata/labels", problems);
    labels(
        resource.path("spec").path("template").path("metadata").path("labels"),
        "/spec/template/metadata/labels",
        problems);
    return problems;
  }

  private static boolean isDnsLabel(String name) {
    return name.length() <= 63 && DNS_LABEL.matcher(name).matches();
  }

  private static boolean isDnsSubdomain(String name) {
    return name.length() <= 253 && DNS_SUBDOMAIN.matcher(name).matches();
  }

  private static void labels(JsonNode labels, String where, List<String> problems) {
    labels
        .properties()
        .forEach(
            label -> {
              String value = label.getValue().asString("");
              if (!label.getValue().isString()
                  || value.length() > 63
                  || !LABEL_VALUE.matcher(value).matches()) {
                problems.add(where + "/" + label.getKey() + ": '" + value + "' is no label value");
              }
            });
  }
}
