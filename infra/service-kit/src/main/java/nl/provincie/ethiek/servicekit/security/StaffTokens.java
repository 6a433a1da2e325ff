package nl.provincie.ethiek.servicekit.security;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.KeyType;
import com.nimbusds.jwt.SignedJWT;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Property;
import io.micronaut.context.annotation.Requires;
import io.micronaut.security.token.jwt.signature.SignatureConfiguration;
import io.micronaut.security.token.jwt.signature.jwks.JwksSignatureConfiguration;
import jakarta.inject.Singleton;

/**
 * Accepts staff's bearer tokens from the province's OpenID Connect provider when {@code
 * platform.oidc.jwks-url} ({@code OIDC_JWKS_URL}) names its key set: a token counts when one of
 * those keys signed it and it has not expired; its {@code sub} is the name and its {@code roles}
 * claim the roles (docs/adr/0016-back-office-login.md). Without the setting no key is trusted, so
 * every bearer token is refused. Unsigned tokens are refused always (see {@link
 * #refuseUnsignedTokens()}).
 */
@Factory
class StaffTokens {

  static final String JWKS_URL = "platform.oidc.jwks-url";

  @Singleton
  @Requires(property = JWKS_URL, pattern = "https?://.+")
  JwksSignatureConfiguration staffProviderKeys(@Property(name = JWKS_URL) String url) {
    return new JwksSignatureConfiguration() {
      @Override
      public String getUrl() {
        return url;
      }

      @Override
      public KeyType getKeyType() {
        return KeyType.RSA;
      }

      @Override
      public Integer getCacheExpiration() {
        return 3600;
      }

      @Override
      public String getName() {
        return "staff-provider";
      }
    };
  }

  /**
   * A signature no token satisfies. micronaut-security-jwt 4.15 accepts unsigned ({@code alg:
   * none}) tokens when no signature configuration exists at all (fixed upstream only later,
   * micronaut-security pull request 2288); with this one always present an unsigned token is
   * refused, and without a provider's key set no signed token verifies either.
   */
  @Singleton
  SignatureConfiguration refuseUnsignedTokens() {
    return new SignatureConfiguration() {
      @Override
      public String supportedAlgorithmsMessage() {
        return "none: only the configured provider's keys are trusted";
      }

      @Override
      public boolean supports(JWSAlgorithm algorithm) {
        return false;
      }

      @Override
      public boolean verify(SignedJWT jwt) {
        return false;
      }
    };
  }
}
