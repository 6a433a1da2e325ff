package nl.provincie.ethiek.servicekit.problem;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import java.util.List;
import java.util.Locale;

/**
 * The last word on every failure (docs/adr/0038): an error answered without a body (a refused
 * cross-origin request, say) gets a problem document, and every problem document is given in the
 * caller's language with {@code Content-Language}. It runs outside all other filters, so it sees
 * what they answer too.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class ProblemLanguageFilter implements Ordered {

  private final ProblemMessages messages =
      new ProblemMessages(ProblemLanguageFilter.class.getClassLoader());

  @ResponseFilter
  @SuppressWarnings("unchecked")
  void translate(HttpRequest<?> request, MutableHttpResponse<?> response) {
    if (response.code() < 400) {
      return;
    }
    MutableHttpResponse<Object> answer = (MutableHttpResponse<Object>) response;
    Object body = answer.body();
    if (body == null && request.getMethod() != HttpMethod.HEAD) {
      HttpStatus status = response.getStatus();
      body =
          new Problem(
              ProblemType.forStatus(status),
              status.getReason(),
              status.getCode(),
              null,
              request.getPath(),
              List.of());
      answer.contentType(ProblemResponses.PROBLEM_JSON);
    }
    if (body instanceof ProblemText problem) {
      Locale language = ProblemLanguage.of(request);
      answer.body(problem.translated(new ProblemTranslation(messages, language)));
      answer.header(HttpHeaders.CONTENT_LANGUAGE, language.toLanguageTag());
      answer.getHeaders().add(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE);
    }
  }

  @Override
  public int getOrder() {
    return ServerFilterPhase.FIRST.before();
  }
}
