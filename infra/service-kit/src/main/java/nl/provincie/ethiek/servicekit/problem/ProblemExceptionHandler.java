package nl.provincie.ethiek.servicekit.problem;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

@Singleton
@Requires(classes = {ProblemException.class, ExceptionHandler.class})
class ProblemExceptionHandler implements ExceptionHandler<ProblemException, HttpResponse<Problem>> {

  @Override
  public HttpResponse<Problem> handle(HttpRequest request, ProblemException exception) {
    Problem problem =
        new Problem(
            exception.type(),
            exception.status().getReason(),
            exception.status().getCode(),
            exception.getMessage(),
            request.getPath(),
            exception.errors());
    return ProblemResponses.of(exception.status(), problem);
  }
}
