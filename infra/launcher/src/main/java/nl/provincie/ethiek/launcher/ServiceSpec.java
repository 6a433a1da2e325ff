package nl.provincie.ethiek.launcher;

import java.util.Map;

/**
 * One platform process: which module's packaged jar to run, on which port, with which environment.
 */
record ServiceSpec(String name, String module, int port, Map<String, String> environment) {

  String url() {
    return "http://localhost:" + port;
  }

  String healthUrl() {
    return "http://127.0.0.1:" + port + "/health";
  }
}
