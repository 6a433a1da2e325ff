package nl.provincie.ethiek.cases.maturity.web;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import java.util.List;
import nl.provincie.ethiek.cases.maturity.ScanAlreadyRecorded;
import nl.provincie.ethiek.servicekit.problem.Problem;
import nl.provincie.ethiek.servicekit.problem.ProblemType;

/** Refusals of the maturity scans as problem+json (docs/adr/0006). */
final class MaturityProblems {

  private MaturityProblems() {}

  @Singleton
  @Requires(classes = ExceptionHandler.class)
  static class ScanExistsHandler
      implements ExceptionHandler<ScanAlreadyRecorded, HttpResponse<Problem>> {
    @Override
    public HttpResponse<Problem> handle(HttpRequest request, ScanAlreadyRecorded e) {
      HttpStatus status = HttpStatus.CONFLICT;
      return HttpResponse.<Problem>status(status)
          .contentType(MediaType.of("application/problem+json"))
          .body(
              new Problem(
                  ProblemType.CONFLICT,
                  status.getReason(),
                  status.getCode(),
                  e.getMessage(),
                  request.getPath(),
                  List.of()));
    }
  }
}
