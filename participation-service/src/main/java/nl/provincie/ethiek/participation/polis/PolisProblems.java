package nl.provincie.ethiek.participation.polis;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import nl.provincie.ethiek.participation.polis.domain.InvalidPolisExport;
import nl.provincie.ethiek.participation.web.ProblemResponse;
import nl.provincie.ethiek.servicekit.problem.Problem;
import nl.provincie.ethiek.servicekit.problem.ProblemType;

/** A refused pol.is import as problem+json (docs/adr/0029, 0046). */
final class PolisProblems {

  static final String INVALID_EXPORT = ProblemType.BASE + "invalid-polis-export";

  private PolisProblems() {}

  @Singleton
  @Requires(classes = ExceptionHandler.class)
  static class InvalidExportHandler
      implements ExceptionHandler<InvalidPolisExport, HttpResponse<Problem>> {
    @Override
    public HttpResponse<Problem> handle(HttpRequest request, InvalidPolisExport e) {
      HttpStatus status =
          switch (e.kind()) {
            case NOT_AN_EXPORT -> HttpStatus.BAD_REQUEST;
            case UNUSABLE_CONTENT -> HttpStatus.UNPROCESSABLE_ENTITY;
            case CONVERSATION_NOT_READY -> HttpStatus.CONFLICT;
          };
      return ProblemResponse.of(request, status, INVALID_EXPORT, e.getMessage());
    }
  }
}
