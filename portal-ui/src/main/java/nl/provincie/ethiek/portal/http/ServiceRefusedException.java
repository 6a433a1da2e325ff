package nl.provincie.ethiek.portal.http;

import java.util.List;

/**
 * A service answered 4xx: the status, the problem type (e.g. {@code
 * tag:ethiek.provincie.nl,2026:problems/validation}), the detail and, for validation problems, the
 * rejected fields.
 */
public class ServiceRefusedException extends RuntimeException {

  private final int status;
  private final String type;
  private final List<FieldProblem> fields;
  private final String detail;

  public ServiceRefusedException(
      int status, String type, String detail, List<FieldProblem> fields) {
    super("HTTP " + status + " " + type + ": " + detail);
    this.status = status;
    this.type = type == null ? "" : type;
    this.fields = List.copyOf(fields);
    this.detail = detail == null ? "" : detail;
  }

  /** The service's explanation, in the language the request asked for; "" if none. */
  public String detail() {
    return detail;
  }

  public int status() {
    return status;
  }

  /** The problem type URI; "" when the answer was no problem document. */
  public String type() {
    return type;
  }

  /** The last segment of the problem type URI (e.g. {@code validation}); "" when none. */
  public String problem() {
    return type.substring(type.lastIndexOf('/') + 1);
  }

  public List<FieldProblem> fields() {
    return fields;
  }

  public boolean isForbidden() {
    return status == 401 || status == 403;
  }
}
