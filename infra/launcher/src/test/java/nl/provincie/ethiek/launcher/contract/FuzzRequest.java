package nl.provincie.ethiek.launcher.contract;

import java.util.Map;
import java.util.Optional;

/** One generated call: the path as sent, its query, headers and body, and what it tries. */
record FuzzRequest(
    FuzzOperation operation,
    String path,
    String query,
    Map<String, String> headers,
    Optional<String> body,
    InputClass input,
    Credentials credentials) {

  String line() {
    return operation.method() + " " + path + (query.isEmpty() ? "" : "?" + query);
  }
}
