package nl.provincie.ethiek.participation.vote;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import nl.provincie.ethiek.participation.vote.domain.RequestIdReused;
import nl.provincie.ethiek.participation.vote.domain.StatementNotOpenForVotes;
import nl.provincie.ethiek.participation.vote.domain.VotesBusy;
import nl.provincie.ethiek.participation.web.RefusalHandler;
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
  static class StatementNotOpenHandler extends RefusalHandler<StatementNotOpenForVotes> {
    StatementNotOpenHandler() {
      super(HttpStatus.UNPROCESSABLE_ENTITY, UNKNOWN_STATEMENT);
    }
  }

  @Singleton
  @Requires(classes = ExceptionHandler.class)
  static class RequestIdReusedHandler extends RefusalHandler<RequestIdReused> {
    RequestIdReusedHandler() {
      super(HttpStatus.UNPROCESSABLE_ENTITY, IDEMPOTENCY_KEY_REUSED);
    }
  }

  @Singleton
  @Requires(classes = ExceptionHandler.class)
  static class BusyHandler extends RefusalHandler<VotesBusy> {
    BusyHandler() {
      super(HttpStatus.SERVICE_UNAVAILABLE, BUSY);
    }
  }
}
