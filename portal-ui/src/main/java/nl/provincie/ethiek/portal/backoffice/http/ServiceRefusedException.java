package nl.provincie.ethiek.portal.backoffice.http;

import java.util.List;

/**
 * A service answered 4xx: the status, the problem type's last segment (e.g. {@code validation},
 * {@code invalid-conversation-state}) and, for validation problems, the rejected fields.
 */
public final class ServiceRefusedException extends RuntimeException {

  private final int status;
  private final String problem;
  private final List<FieldProblem> fields;
  private final String detail;

  public ServiceRefusedException(
      int status, String problem, String detail, List<FieldProblem> fields) {
    super("HTTP " + status + " " + problem + ": " + detail);
    this.status = status;
    this.problem = problem;
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

  /** The last segment of the problem type URI; "" when the answer was no problem document. */
  public String problem() {
    return problem;
  }

  public List<FieldProblem> fields() {
    return fields;
  }

  public boolean isForbidden() {
    return status == 401 || status == 403;
  }
}
