package nl.provincie.ethiek.servicekit.http;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.http.server.annotation.PreMatching;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.provincie.ethiek.servicekit.problem.Problem;
import nl.provincie.ethiek.servicekit.problem.ProblemType;

/**
 * What every request must satisfy before it is routed (docs/adr/0037):
 *
 * <ul>
 *   <li>no query parameter holds the NUL character, which PostgreSQL cannot store or compare: 400
 *       problem+json naming the parameter ({@code ?q});
 *   <li>a request without a body declares no content type: a bodyless POST sent with {@code
 *       text/plain} would otherwise find no route that consumes it (415) although the operation
 *       reads no body. The declaration is dropped, so the route is matched on method and path.
 * </ul>
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class RequestHygieneFilter implements Ordered {

  static final String NUL_MESSAGE = "must not contain the NUL character";

  /** Before routing, so the route is chosen without the declaration. */
  @PreMatching
  @RequestFilter
  void dropContentTypeWithoutBody(HttpRequest<?> request) {
    if (hasNoBody(request) && request.getContentType().isPresent()) {
      request.mutate().getHeaders().remove(HttpHeaders.CONTENT_TYPE);
    }
  }

  /** After routing, so the problem goes through the filters that translate it. */
  @RequestFilter
  @Nullable
  HttpResponse<?> refuseNulInQuery(HttpRequest<?> request) {
    List<Problem.InvalidParam> errors = new ArrayList<>();
    for (Map.Entry<String, List<String>> parameter : request.getParameters()) {
      boolean nul = parameter.getKey().indexOf('\u0000') >= 0;
      for (String value : parameter.getValue()) {
        nul |= value.indexOf('\u0000') >= 0;
      }
      if (nul) {
        errors.add(
            new Problem.InvalidParam("?" + parameter.getKey().replace("\u0000", ""), NUL_MESSAGE));
      }
    }
    if (!errors.isEmpty()) {
      HttpStatus status = HttpStatus.BAD_REQUEST;
      return HttpResponse.status(status)
          .contentType("application/problem+json")
          .body(
              new Problem(
                  ProblemType.VALIDATION,
                  status.getReason(),
                  status.getCode(),
                  "The query has " + errors.size() + " invalid parameter(s); see errors.",
                  request.getPath(),
                  errors));
    }
    return null;
  }

  /** No Content-Length (or 0) and no Transfer-Encoding: HTTP/1.1 says there is no body. */
  private static boolean hasNoBody(HttpRequest<?> request) {
    return request.getContentLength() <= 0
        && !request.getHeaders().contains(HttpHeaders.TRANSFER_ENCODING);
  }

  @Override
  public int getOrder() {
    return ServerFilterPhase.FIRST.order();
  }
}
