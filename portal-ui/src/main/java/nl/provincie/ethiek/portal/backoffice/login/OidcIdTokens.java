package nl.provincie.ethiek.portal.backoffice.login;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.text.ParseException;
import java.util.Set;

/**
 * Checks an ID token: signed (RS256) by a key of the provider's key set, issued by the configured
 * issuer for this client (audience), not expired (one minute of clock skew) and carrying the nonce
 * of this sign-in.
 */
final class OidcIdTokens {

  private final OidcSettings settings;
  private final OidcProvider provider;

  OidcIdTokens(OidcSettings settings, OidcProvider provider) {
    this.settings = settings;
    this.provider = provider;
  }

  JWTClaimsSet verify(String idToken, String nonce) {
    DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
    processor.setJWSKeySelector(
        new JWSVerificationKeySelector<>(
            JWSAlgorithm.RS256, new ImmutableJWKSet<>(provider.keys())));
    processor.setJWTClaimsSetVerifier(
        new DefaultJWTClaimsVerifier<>(
            settings.clientId(),
            new JWTClaimsSet.Builder()
                .issuer(settings.issuer().toString())
                .claim("nonce", nonce)
                .build(),
            Set.of("sub", "exp", "iat")));
    try {
      return processor.process(idToken, null);
    } catch (ParseException | BadJOSEException | JOSEException e) {
      // the reason without claim values (a nonce or subject has no place in the log)
      String reason = String.valueOf(e.getMessage()).replaceAll(" has value.*", " does not match");
      throw new SignInRefusedException("The ID token was refused: " + reason);
    }
  }
}
