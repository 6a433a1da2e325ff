package nl.provincie.ethiek.servicekit.http;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpAttributes;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.security.rules.SecurityRuleResult;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteMatch;
import jakarta.inject.Singleton;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.reactivestreams.Publisher;

/**
 * Who may call comes before how (docs/adr/0037): a request that matches an operation's method and
 * path but not its media types (406, 415) is first checked against that operation's roles, so an
 * anonymous caller gets 401 and one without the role 403, whatever its Accept or Content-Type.
 * Routed requests are left to the other rules.
 */
@Singleton
final class ProtectedRouteMissRule implements SecurityRule<HttpRequest<?>> {

  private final Router router;

  ProtectedRouteMissRule(Router router) {
    this.router = router;
  }

  @Override
  public Publisher<SecurityRuleResult> check(
      @Nullable HttpRequest<?> request, @Nullable Authentication authentication) {
    if (request == null || request.getAttribute(HttpAttributes.ROUTE_MATCH).isPresent()) {
      return Publishers.just(SecurityRuleResult.UNKNOWN);
    }
    List<UriRouteMatch<Object, Object>> operations =
        router.findAny(request).stream()
            .filter(
                match -> match.getRouteInfo().getHttpMethodName().equals(request.getMethodName()))
            .toList();
    if (operations.isEmpty()) {
      return Publishers.just(SecurityRuleResult.UNKNOWN);
    }
    for (UriRouteMatch<Object, Object> operation : operations) {
      String[] access = operation.stringValues(Secured.class);
      if (access.length == 0 || allows(Arrays.asList(access), authentication)) {
        return Publishers.just(SecurityRuleResult.UNKNOWN);
      }
    }
    return Publishers.just(SecurityRuleResult.REJECTED);
  }

  private static boolean allows(Collection<String> access, @Nullable Authentication who) {
    if (access.contains(SecurityRule.IS_ANONYMOUS)) {
      return true;
    }
    if (who == null) {
      return false;
    }
    return access.contains(SecurityRule.IS_AUTHENTICATED)
        || who.getRoles().stream().anyMatch(access::contains);
  }
}
