package nl.provincie.ethiek.participation.report;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import nl.provincie.ethiek.participation.report.domain.ReportNeedsClosedConversation;
import nl.provincie.ethiek.participation.web.ProblemResponse;
import nl.provincie.ethiek.servicekit.problem.Problem;
import nl.provincie.ethiek.servicekit.problem.ProblemType;

/** The report's refusal as problem+json (docs/adr/0046). */
final class ReportProblems {

  static final String INVALID_STATE = ProblemType.BASE + "invalid-conversation-state";

  private ReportProblems() {}

  @Singleton
  @Requires(classes = ExceptionHandler.class)
  static class NeedsClosedHandler
      implements ExceptionHandler<ReportNeedsClosedConversation, HttpResponse<Problem>> {
    @Override
    public HttpResponse<Problem> handle(HttpRequest request, ReportNeedsClosedConversation e) {
      return ProblemResponse.of(request, HttpStatus.CONFLICT, INVALID_STATE, e.getMessage());
    }
  }
}
