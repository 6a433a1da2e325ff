package nl.provincie.ethiek.participation.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import java.util.List;
import nl.provincie.ethiek.servicekit.problem.Problem;

/**
 * The problem+json answer for a domain refusal, as service-kit gives one for a {@code
 * ProblemException}: the status's reason as title, the refusal's message as detail; the language
 * filter then puts both in the caller's language (docs/adr/0038).
 */
public final class ProblemResponse {

  static final MediaType PROBLEM_JSON = MediaType.of("application/problem+json");

  private ProblemResponse() {}

  public static HttpResponse<Problem> of(
      HttpRequest<?> request, HttpStatus status, String type, String detail) {
    return HttpResponse.<Problem>status(status)
        .contentType(PROBLEM_JSON)
        .body(
            new Problem(
                type, status.getReason(), status.getCode(), detail, request.getPath(), List.of()));
  }
}
