package nl.provincie.ethiek.participation.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import nl.provincie.ethiek.servicekit.problem.Problem;

/**
 * The handler of a domain refusal whose answer is a fixed status and type with the refusal's
 * message as detail ({@link ProblemResponse}); each refusal still has its own handler class, in its
 * feature's {@code *Problems}, naming only its status and type.
 */
public abstract class RefusalHandler<E extends RuntimeException>
    implements ExceptionHandler<E, HttpResponse<Problem>> {

  private final HttpStatus status;
  private final String type;

  protected RefusalHandler(HttpStatus status, String type) {
    this.status = status;
    this.type = type;
  }

  @Override
  public HttpResponse<Problem> handle(HttpRequest request, E refusal) {
    return ProblemResponse.of(request, status, type, refusal.getMessage());
  }
}
