package nl.provincie.ethiek.participation.participant;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import nl.provincie.ethiek.participation.participant.domain.ParticipantTokenRefused;
import nl.provincie.ethiek.participation.web.ProblemResponse;
import nl.provincie.ethiek.servicekit.problem.Problem;
import nl.provincie.ethiek.servicekit.problem.ProblemType;

/** A missing or invalid participant token as problem+json (docs/adr/0046). */
final class ParticipantProblems {

  static final String INVALID_TOKEN = ProblemType.BASE + "participant-token-invalid";

  private ParticipantProblems() {}

  @Singleton
  @Requires(classes = ExceptionHandler.class)
  static class TokenRefusedHandler
      implements ExceptionHandler<ParticipantTokenRefused, HttpResponse<Problem>> {
    @Override
    public HttpResponse<Problem> handle(HttpRequest request, ParticipantTokenRefused e) {
      return ProblemResponse.of(request, HttpStatus.UNAUTHORIZED, INVALID_TOKEN, e.getMessage());
    }
  }
}
