package nl.provincie.ethiek.launcher;

import java.util.Map;

/**
 * One platform process: which module's packaged jar to run, on which port, with which environment.
 */
record ServiceSpec(String name, String module, int port, Map<String, String> environment) {

  /** The same process with these settings added to its environment (services only). */
  ServiceSpec with(Map<String, String> extra) {
    if (extra.isEmpty() || isPortal()) {
      return this;
    }
    Map<String, String> merged = new java.util.HashMap<>(environment);
    merged.putAll(extra);
    return new ServiceSpec(name, module, port, Map.copyOf(merged));
  }

  String url() {
    return "http://localhost:" + port;
  }

  /**
   * What the launcher waits for and watches: a service's readiness (it can serve: its database
   * answers; Kafka being away only degrades it, docs/adr/0041), the portal's own health page.
   */
  String healthUrl() {
    return "http://127.0.0.1:" + port + (isPortal() ? "/health" : "/health/readiness");
  }

  private boolean isPortal() {
    return name.startsWith("portal");
  }
}
