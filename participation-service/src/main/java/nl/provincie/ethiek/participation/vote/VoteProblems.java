package nl.provincie.ethiek.participation.vote;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import nl.provincie.ethiek.participation.vote.domain.RequestIdReused;
import nl.provincie.ethiek.participation.vote.domain.StatementNotOpenForVotes;
import nl.provincie.ethiek.participation.vote.domain.VotesBusy;
import nl.provincie.ethiek.participation.web.ProblemResponse;
import nl.provincie.ethiek.servicekit.problem.Problem;
import nl.provincie.ethiek.servicekit.problem.ProblemType;

/** The votes' refusals as problem+json, one handler each (docs/adr/0046). */
final class VoteProblems {

  static final String UNKNOWN_STATEMENT = ProblemType.BASE + "unknown-statement";
  static final String IDEMPOTENCY_KEY_REUSED = ProblemType.BASE + "idempotency-key-reused";

  /** A shed vote; {@link VotesBusyRetryAfter} adds when to send it again. */
  static final String BUSY = ProblemType.BASE + "votes-busy";

  private VoteProblems() {}

  @Singleton
  @Requires(classes = ExceptionHandler.class)
  static class StatementNotOpenHandler
      implements ExceptionHandler<StatementNotOpenForVotes, HttpResponse<Problem>> {
    @Override
    public HttpResponse<Problem> handle(HttpRequest request, StatementNotOpenForVotes e) {
      return ProblemResponse.of(
          request, HttpStatus.UNPROCESSABLE_ENTITY, UNKNOWN_STATEMENT, e.getMessage());
    }
  }

  @Singleton
  @Requires(classes = ExceptionHandler.class)
  static class RequestIdReusedHandler
      implements ExceptionHandler<RequestIdReused, HttpResponse<Problem>> {
    @Override
    public HttpResponse<Problem> handle(HttpRequest request, RequestIdReused e) {
      return ProblemResponse.of(
          request, HttpStatus.UNPROCESSABLE_ENTITY, IDEMPOTENCY_KEY_REUSED, e.getMessage());
    }
  }

  @Singleton
  @Requires(classes = ExceptionHandler.class)
  static class BusyHandler implements ExceptionHandler<VotesBusy, HttpResponse<Problem>> {
    @Override
    public HttpResponse<Problem> handle(HttpRequest request, VotesBusy e) {
      return ProblemResponse.of(request, HttpStatus.SERVICE_UNAVAILABLE, BUSY, e.getMessage());
    }
  }
}
