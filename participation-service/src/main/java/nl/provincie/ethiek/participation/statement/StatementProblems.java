package nl.provincie.ethiek.participation.statement;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import nl.provincie.ethiek.participation.statement.domain.DuplicateStatement;
import nl.provincie.ethiek.participation.statement.domain.InvalidStatement;
import nl.provincie.ethiek.participation.statement.domain.StatementWithdrawn;
import nl.provincie.ethiek.participation.statement.domain.StatementsNotAllowed;
import nl.provincie.ethiek.participation.statement.domain.TooManyStatements;
import nl.provincie.ethiek.participation.web.ProblemResponse;
import nl.provincie.ethiek.servicekit.problem.Problem;
import nl.provincie.ethiek.servicekit.problem.ProblemType;

/** The statements' refusals as problem+json, one handler each (docs/adr/0046). */
final class StatementProblems {

  static final String INVALID = ProblemType.BASE + "invalid-statement";
  static final String DUPLICATE = ProblemType.BASE + "duplicate-statement";
  static final String NOT_ALLOWED = ProblemType.BASE + "statements-not-allowed";
  static final String TOO_MANY = ProblemType.BASE + "too-many-statements";
  static final String WITHDRAWN = ProblemType.BASE + "statement-withdrawn";

  private StatementProblems() {}

  @Singleton
  @Requires(classes = ExceptionHandler.class)
  static class InvalidHandler implements ExceptionHandler<InvalidStatement, HttpResponse<Problem>> {
    @Override
    public HttpResponse<Problem> handle(HttpRequest request, InvalidStatement e) {
      return ProblemResponse.of(request, HttpStatus.BAD_REQUEST, INVALID, e.getMessage());
    }
  }

  @Singleton
  @Requires(classes = ExceptionHandler.class)
  static class DuplicateHandler
      implements ExceptionHandler<DuplicateStatement, HttpResponse<Problem>> {
    @Override
    public HttpResponse<Problem> handle(HttpRequest request, DuplicateStatement e) {
      return ProblemResponse.of(request, HttpStatus.CONFLICT, DUPLICATE, e.getMessage());
    }
  }

  @Singleton
  @Requires(classes = ExceptionHandler.class)
  static class NotAllowedHandler
      implements ExceptionHandler<StatementsNotAllowed, HttpResponse<Problem>> {
    @Override
    public HttpResponse<Problem> handle(HttpRequest request, StatementsNotAllowed e) {
      return ProblemResponse.of(request, HttpStatus.FORBIDDEN, NOT_ALLOWED, e.getMessage());
    }
  }

  @Singleton
  @Requires(classes = ExceptionHandler.class)
  static class TooManyHandler
      implements ExceptionHandler<TooManyStatements, HttpResponse<Problem>> {
    @Override
    public HttpResponse<Problem> handle(HttpRequest request, TooManyStatements e) {
      return ProblemResponse.of(request, HttpStatus.TOO_MANY_REQUESTS, TOO_MANY, e.getMessage());
    }
  }

  @Singleton
  @Requires(classes = ExceptionHandler.class)
  static class WithdrawnHandler
      implements ExceptionHandler<StatementWithdrawn, HttpResponse<Problem>> {
    @Override
    public HttpResponse<Problem> handle(HttpRequest request, StatementWithdrawn e) {
      return ProblemResponse.of(request, HttpStatus.CONFLICT, WITHDRAWN, e.getMessage());
    }
  }
}
