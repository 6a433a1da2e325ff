package nl.provincie.ethiek.servicekit.problem;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;

final class ProblemResponses {

  static final MediaType PROBLEM_JSON = MediaType.of("application/problem+json");

  private ProblemResponses() {}

  static MutableHttpResponse<Problem> of(HttpStatus status, Problem problem) {
    return HttpResponse.<Problem>status(status).contentType(PROBLEM_JSON).body(problem);
  }
}
