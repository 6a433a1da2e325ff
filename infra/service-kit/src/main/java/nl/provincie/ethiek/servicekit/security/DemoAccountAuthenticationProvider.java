package nl.provincie.ethiek.servicekit.security;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.AuthenticationFailureReason;
import io.micronaut.security.authentication.AuthenticationRequest;
import io.micronaut.security.authentication.AuthenticationResponse;
import io.micronaut.security.authentication.provider.HttpRequestAuthenticationProvider;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Accepts the documented demo accounts with HTTP Basic authentication. Only active when {@code
 * platform.demo-accounts.enabled=true}, which the local launcher sets; a real deployment leaves it
 * off and authenticates through the province's identity provider.
 */
@Singleton
@Requires(property = "platform.demo-accounts.enabled", value = "true")
class DemoAccountAuthenticationProvider<B> implements HttpRequestAuthenticationProvider<B> {

  @Override
  public AuthenticationResponse authenticate(
      HttpRequest<B> request, AuthenticationRequest<String, String> credentials) {
    return DemoAccount.ALL.stream()
        .filter(account -> account.username().equals(credentials.getIdentity()))
        .filter(account -> sameSecret(account.password(), credentials.getSecret()))
        .findFirst()
        .map(account -> AuthenticationResponse.success(account.username(), account.roles()))
        .orElseGet(
            () ->
                AuthenticationResponse.failure(
                    AuthenticationFailureReason.CREDENTIALS_DO_NOT_MATCH));
  }

  private static boolean sameSecret(String expected, String given) {
    return given != null
        && MessageDigest.isEqual(
            expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
  }
}
