package nl.provincie.ethiek.launcher.contract;

/**
 * A response that breaks the contract: a server error, or an answer the OpenAPI document does not
 * allow (status, media type or body), with the request that got it.
 */
record Finding(
    String service,
    String operation,
    Kind kind,
    int status,
    String rule,
    String message,
    InputClass input,
    Credentials credentials,
    String example) {

  enum Kind {
    SERVER_ERROR,
    VIOLATION
  }

  /** Findings with the same key are one defect: the same answer of the same operation. */
  String key() {
    return service + " " + operation + " " + kind + " " + status + " " + rule;
  }
}
