package nl.provincie.ethiek.cases;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.AuthenticationFailureReason;
import io.micronaut.security.authentication.AuthenticationRequest;
import io.micronaut.security.authentication.AuthenticationResponse;
import io.micronaut.security.authentication.provider.HttpRequestAuthenticationProvider;
import jakarta.inject.Singleton;
import java.util.List;

/** A read-only "viewer" account for tests; the platform's demo accounts have no viewer. */
@Singleton
@Requires(env = "test")
class ViewerAccount<B> implements HttpRequestAuthenticationProvider<B> {

  @Override
  public AuthenticationResponse authenticate(
      HttpRequest<B> request, AuthenticationRequest<String, String> credentials) {
    if ("lezer".equals(credentials.getIdentity()) && "demo-lezer".equals(credentials.getSecret())) {
      return AuthenticationResponse.success("lezer", List.of(CaseRoles.VIEWER));
    }
    return AuthenticationResponse.failure(AuthenticationFailureReason.USER_NOT_FOUND);
  }
}
