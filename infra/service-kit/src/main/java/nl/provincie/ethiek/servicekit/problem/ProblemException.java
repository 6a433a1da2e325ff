package nl.provincie.ethiek.servicekit.problem;

import io.micronaut.http.HttpStatus;
import java.util.List;

/**
 * Thrown by controllers and application services for a refusal the client should see: it becomes a
 * problem+json response with this type, status and detail.
 */
public class ProblemException extends RuntimeException {

  private final String type;
  private final HttpStatus status;
  private final List<Problem.InvalidParam> errors;

  public ProblemException(String type, HttpStatus status, String detail) {
    this(type, status, detail, List.of());
  }

  public ProblemException(
      String type, HttpStatus status, String detail, List<Problem.InvalidParam> errors) {
    super(detail, null, false, false);
    this.type = type;
    this.status = status;
    this.errors = List.copyOf(errors);
  }

  public static ProblemException notFound(String detail) {
    return new ProblemException(ProblemType.NOT_FOUND, HttpStatus.NOT_FOUND, detail);
  }

  public static ProblemException conflict(String type, String detail) {
    return new ProblemException(type, HttpStatus.CONFLICT, detail);
  }

  public String type() {
    return type;
  }

  public HttpStatus status() {
    return status;
  }

  public List<Problem.InvalidParam> errors() {
    return errors;
  }
}
