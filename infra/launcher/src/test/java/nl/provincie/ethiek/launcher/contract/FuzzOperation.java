package nl.provincie.ethiek.launcher.contract;

import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.util.List;
import java.util.Optional;

/**
 * One operation of an OpenAPI document as the fuzzer calls it: where, with which parameters and
 * body, and who may call it (staff roles, any staff member, a resident's token or anyone).
 */
record FuzzOperation(
    String method,
    String path,
    List<Parameter> parameters,
    Optional<Schema<?>> body,
    Caller caller,
    List<String> roles) {

  enum Caller {
    ANYONE,
    STAFF,
    PARTICIPANT
  }

  String name() {
    return method + " " + path;
  }

  /** Reads no state and changes none: tried first, and its answers seed the ids of the rest. */
  boolean read() {
    return "GET".equals(method);
  }

  /** The collection a path variable points into: {@code cases} for {@code /api/v1/cases/{id}}. */
  static String collectionBefore(String path, int variableIndex) {
    String[] segments = path.split("/");
    int seen = -1;
    for (int i = 0; i < segments.length; i++) {
      if (segments[i].startsWith("{") && ++seen == variableIndex) {
        return i > 0 ? segments[i - 1] : "";
      }
    }
    return "";
  }
}
