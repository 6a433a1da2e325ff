package nl.provincie.ethiek.participation.vote;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * A shed vote (503 {@value VoteProblems#BUSY}) tells the client when to send it again: Retry-After
 * 1 second, about the time the writer needs to catch up (docs/adr/0042).
 */
@ServerFilter("/api/v1/conversations/*/votes")
class VotesBusyRetryAfter {

  static final String SECONDS = "1";

  @ResponseFilter
  void retryAfter(MutableHttpResponse<?> response) {
    if (response.status() == HttpStatus.SERVICE_UNAVAILABLE
        && response.getHeaders().get(HttpHeaders.RETRY_AFTER) == null) {
      response.header(HttpHeaders.RETRY_AFTER, SECONDS);
    }
  }
}
