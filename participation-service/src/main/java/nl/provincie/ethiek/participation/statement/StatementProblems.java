package nl.provincie.ethiek.participation.statement;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import nl.provincie.ethiek.participation.statement.domain.DuplicateStatement;
import nl.provincie.ethiek.participation.statement.domain.InvalidStatement;
import nl.provincie.ethiek.participation.statement.domain.StatementWithdrawn;
import nl.provincie.ethiek.participation.statement.domain.StatementsNotAllowed;
import nl.provincie.ethiek.participation.statement.domain.TooManyStatements;
import nl.provincie.ethiek.participation.web.RefusalHandler;
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
  static class InvalidHandler extends RefusalHandler<InvalidStatement> {
    InvalidHandler() {
      super(HttpStatus.BAD_REQUEST, INVALID);
    }
  }

  @Singleton
  @Requires(classes = ExceptionHandler.class)
  static class DuplicateHandler extends RefusalHandler<DuplicateStatement> {
    DuplicateHandler() {
      super(HttpStatus.CONFLICT, DUPLICATE);
    }
  }

  @Singleton
  @Requires(classes = ExceptionHandler.class)
  static class NotAllowedHandler extends RefusalHandler<StatementsNotAllowed> {
    NotAllowedHandler() {
      super(HttpStatus.FORBIDDEN, NOT_ALLOWED);
    }
  }

  @Singleton
  @Requires(classes = ExceptionHandler.class)
  static class TooManyHandler extends RefusalHandler<TooManyStatements> {
    TooManyHandler() {
      super(HttpStatus.TOO_MANY_REQUESTS, TOO_MANY);
    }
  }

  @Singleton
  @Requires(classes = ExceptionHandler.class)
  static class WithdrawnHandler extends RefusalHandler<StatementWithdrawn> {
    WithdrawnHandler() {
      super(HttpStatus.CONFLICT, WITHDRAWN);
    }
  }
}
