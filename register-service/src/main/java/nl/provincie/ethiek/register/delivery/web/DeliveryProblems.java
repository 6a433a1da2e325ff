package nl.provincie.ethiek.register.delivery.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import java.util.List;
import nl.provincie.ethiek.register.delivery.NotDeliverableException;
import nl.provincie.ethiek.register.delivery.UnknownAlgorithmException;
import nl.provincie.ethiek.servicekit.problem.Problem;
import nl.provincie.ethiek.servicekit.problem.ProblemType;

/**
 * The delivery feature's refusals as problem+json (docs/adr/0006), one handler per exception: the
 * delivery rules throw their own exceptions and know nothing of HTTP.
 */
final class DeliveryProblems {

  static final String NOT_DELIVERABLE = ProblemType.BASE + "not-deliverable";

  private DeliveryProblems() {}

  @Singleton
  static class NotDeliverableHandler
      implements ExceptionHandler<NotDeliverableException, HttpResponse<?>> {
    @Override
    public HttpResponse<?> handle(HttpRequest request, NotDeliverableException exception) {
      return problem(HttpStatus.CONFLICT, NOT_DELIVERABLE, exception.getMessage(), request);
    }
  }

  @Singleton
  static class UnknownAlgorithmHandler
      implements ExceptionHandler<UnknownAlgorithmException, HttpResponse<?>> {
    @Override
    public HttpResponse<?> handle(HttpRequest request, UnknownAlgorithmException exception) {
      return problem(HttpStatus.NOT_FOUND, ProblemType.NOT_FOUND, exception.getMessage(), request);
    }
  }

  private static HttpResponse<?> problem(
      HttpStatus status, String type, String detail, HttpRequest<?> request) {
    Problem problem =
        new Problem(
            type, status.getReason(), status.getCode(), detail, request.getPath(), List.of());
    return HttpResponse.status(status).contentType("application/problem+json").body(problem);
  }
}
