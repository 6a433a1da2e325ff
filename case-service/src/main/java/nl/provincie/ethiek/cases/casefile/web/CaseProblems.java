package nl.provincie.ethiek.cases.casefile.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import nl.provincie.ethiek.cases.casefile.CaseNotFound;
import nl.provincie.ethiek.cases.casefile.CaseRuleViolation;
import nl.provincie.ethiek.cases.casefile.CaseState;
import nl.provincie.ethiek.cases.casefile.DecisionBeforeAdvice;
import nl.provincie.ethiek.cases.casefile.IllegalTransition;
import nl.provincie.ethiek.cases.casefile.WrongState;
import nl.provincie.ethiek.servicekit.problem.Problem;
import nl.provincie.ethiek.servicekit.problem.ProblemText;
import nl.provincie.ethiek.servicekit.problem.ProblemType;

/** Refusals of the case domain as problem+json (docs/adr/0006, 0010). */
final class CaseProblems {

  static final String INVALID_CASE_STATE = ProblemType.BASE + "invalid-case-state";
  static final String DECISION_BEFORE_ADVICE = ProblemType.BASE + "decision-before-advice";
  static final MediaType PROBLEM_JSON = MediaType.of("application/problem+json");

  private CaseProblems() {}

  /** A state refusal names the current state and the allowed ones, as extension members. */
  @Serdeable
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record StateProblem(
      String type,
      String title,
      int status,
      String detail,
      String instance,
      CaseState currentState,
      CaseState requestedState,
      Set<CaseState> allowedStates)
      implements ProblemText {

    @Override
    public StateProblem translated(Translation translation) {
      return new StateProblem(
          type,
          translation.title(this),
          status,
          translation.detail(this),
          instance,
          currentState,
          requestedState,
          allowedStates);
    }
  }

  static HttpResponse<StateProblem> state(
      HttpRequest<?> request,
      String detail,
      CaseState current,
      CaseState requested,
      Set<CaseState> allowed) {
    HttpStatus status = HttpStatus.CONFLICT;
    return HttpResponse.<StateProblem>status(status)
        .contentType(PROBLEM_JSON)
        .body(
            new StateProblem(
                INVALID_CASE_STATE,
                status.getReason(),
                status.getCode(),
                detail,
                request.getPath(),
                current,
                requested,
                new TreeSet<>(allowed)));
  }

  @Singleton
  @Requires(classes = ExceptionHandler.class)
  static class TransitionHandler
      implements ExceptionHandler<IllegalTransition, HttpResponse<StateProblem>> {
    @Override
    public HttpResponse<StateProblem> handle(HttpRequest request, IllegalTransition e) {
      return state(request, e.getMessage(), e.current(), e.target(), e.allowed());
    }
  }

  @Singleton
  @Requires(classes = ExceptionHandler.class)
  static class WrongStateHandler
      implements ExceptionHandler<WrongState, HttpResponse<StateProblem>> {
    @Override
    public HttpResponse<StateProblem> handle(HttpRequest request, WrongState e) {
      return state(request, e.getMessage(), e.current(), null, e.allowed());
    }
  }

  @Singleton
  @Requires(classes = ExceptionHandler.class)
  static class NotFoundHandler implements ExceptionHandler<CaseNotFound, HttpResponse<Problem>> {
    @Override
    public HttpResponse<Problem> handle(HttpRequest request, CaseNotFound e) {
      HttpStatus status = HttpStatus.NOT_FOUND;
      return HttpResponse.<Problem>status(status)
          .contentType(PROBLEM_JSON)
          .body(
              new Problem(
                  ProblemType.NOT_FOUND,
                  status.getReason(),
                  status.getCode(),
                  e.getMessage(),
                  request.getPath(),
                  List.of()));
    }
  }

  static HttpResponse<Problem> rule(HttpRequest<?> request, String type, CaseRuleViolation e) {
    HttpStatus status = HttpStatus.UNPROCESSABLE_ENTITY;
    return HttpResponse.<Problem>status(status)
        .contentType(PROBLEM_JSON)
        .body(
            new Problem(
                type,
                status.getReason(),
                status.getCode(),
                e.getMessage(),
                request.getPath(),
                List.of(new Problem.InvalidParam(e.field(), e.getMessage()))));
  }

  @Singleton
  @Requires(classes = ExceptionHandler.class)
  static class RuleHandler implements ExceptionHandler<CaseRuleViolation, HttpResponse<Problem>> {
    @Override
    public HttpResponse<Problem> handle(HttpRequest request, CaseRuleViolation e) {
      return rule(request, ProblemType.VALIDATION, e);
    }
  }

  /** Its own type, so a caller can tell the order of advice and decision from other input. */
  @Singleton
  @Requires(classes = ExceptionHandler.class)
  static class DecisionBeforeAdviceHandler
      implements ExceptionHandler<DecisionBeforeAdvice, HttpResponse<Problem>> {
    @Override
    public HttpResponse<Problem> handle(HttpRequest request, DecisionBeforeAdvice e) {
      return rule(request, DECISION_BEFORE_ADVICE, e);
    }
  }
}
