package nl.provincie.ethiek.register.entry.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import nl.provincie.ethiek.register.entry.IllegalEntryStateException;
import nl.provincie.ethiek.register.entry.InvalidEntryException;
import nl.provincie.ethiek.servicekit.problem.Problem;
import nl.provincie.ethiek.servicekit.problem.ProblemType;

/**
 * The entry domain's refusals as problem+json (docs/adr/0006), one handler per exception: the
 * domain throws its own exceptions and knows nothing of HTTP.
 */
final class EntryProblems {

  static final String INVALID_STATE = ProblemType.BASE + "invalid-entry-state";

  private EntryProblems() {}

  @Singleton
  static class InvalidEntryHandler
      implements ExceptionHandler<InvalidEntryException, HttpResponse<?>> {
    @Override
    public HttpResponse<?> handle(HttpRequest request, InvalidEntryException exception) {
      var errors =
          exception.errors().stream()
              .map(error -> new Problem.InvalidParam(error.pointer(), error.message()))
              .toList();
      return problem(
          HttpStatus.BAD_REQUEST,
          new Problem(
              ProblemType.VALIDATION,
              HttpStatus.BAD_REQUEST.getReason(),
              400,
              "The request has " + errors.size() + " invalid value(s); see errors.",
              request.getPath(),
              errors));
    }
  }

  @Singleton
  static class IllegalEntryStateHandler
      implements ExceptionHandler<IllegalEntryStateException, HttpResponse<?>> {
    @Override
    public HttpResponse<?> handle(HttpRequest request, IllegalEntryStateException exception) {
      return problem(
          HttpStatus.CONFLICT,
          new Problem(
              INVALID_STATE,
              HttpStatus.CONFLICT.getReason(),
              409,
              "The entry is " + exception.current() + "; " + exception.getMessage() + ".",
              request.getPath(),
              java.util.List.of()));
    }
  }

  private static HttpResponse<?> problem(HttpStatus status, Problem problem) {
    return HttpResponse.status(status).contentType("application/problem+json").body(problem);
  }
}
