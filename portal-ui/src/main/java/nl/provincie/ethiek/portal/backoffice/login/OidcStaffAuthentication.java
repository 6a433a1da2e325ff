package nl.provincie.ethiek.portal.backoffice.login;

import com.nimbusds.jwt.JWTClaimsSet;
import java.io.Serializable;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.text.ParseException;
import java.util.Base64;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Signs staff in through an external OpenID Connect provider (docs/adr/0016-back-office-login.md):
 * the authorization-code flow with state, nonce and PKCE (S256). {@link #begin()} gives the
 * provider's URL and what the session must keep; {@link #complete} checks the callback, swaps the
 * code for tokens, verifies the ID token and returns the member with the access token as bearer
 * credentials.
 */
public final class OidcStaffAuthentication implements StaffAuthentication {

  /** What one sign-in keeps in the server-side session until the provider sends the user back. */
  public record Attempt(String state, String nonce, String codeVerifier) implements Serializable {
    @Override
    public String toString() {
      return "Attempt[hidden]";
    }
  }

  /** Where to send the browser, and the attempt to keep. */
  public record Start(URI authorizationUrl, Attempt attempt) {}

  private static final SecureRandom RANDOM = new SecureRandom();

  private final OidcSettings settings;
  private final OidcProvider provider;
  private final OidcIdTokens idTokens;

  public OidcStaffAuthentication(OidcSettings settings) {
    this.settings = settings;
    this.provider = new OidcProvider(settings);
    this.idTokens = new OidcIdTokens(settings, provider);
  }

  /** Staff sign in at the provider; this portal never sees their password. */
  @Override
  public StaffMember signIn(String username, String password) {
    throw new SignInRefusedException("Staff sign in at the OpenID Connect provider");
  }

  public Start begin() {
    Attempt attempt = new Attempt(random(), random(), random());
    Map<String, String> query = new LinkedHashMap<>();
    query.put("response_type", "code");
    query.put("client_id", settings.clientId());
    query.put("redirect_uri", settings.redirectUri().toString());
    query.put("scope", "openid");
    query.put("state", attempt.state());
    query.put("nonce", attempt.nonce());
    query.put("code_challenge", challenge(attempt.codeVerifier()));
    query.put("code_challenge_method", "S256");
    String authorization = provider.endpoints().authorization().toString();
    String separator = authorization.contains("?") ? "&" : "?";
    return new Start(
        URI.create(
            authorization
                + separator
                + query.entrySet().stream()
                    .map(entry -> encode(entry.getKey()) + "=" + encode(entry.getValue()))
                    .collect(Collectors.joining("&"))),
        attempt);
  }

  /**
   * Completes a sign-in the provider sent back.
   *
   * @throws SignInRefusedException when the state does not match, the code or ID token is refused,
   *     or the token carries no back-office role
   */
  public StaffMember complete(Attempt attempt, String state, String code) {
    if (attempt == null
        || state == null
        || !MessageDigest.isEqual(
            attempt.state().getBytes(StandardCharsets.US_ASCII),
            state.getBytes(StandardCharsets.UTF_8))) {
      throw new SignInRefusedException(
          "The callback's state does not match a sign-in started here");
    }
    if (code == null || code.isBlank()) {
      throw new SignInRefusedException("The callback carries no code");
    }
    OidcProvider.Tokens tokens = provider.exchange(code, attempt.codeVerifier());
    JWTClaimsSet claims = idTokens.verify(tokens.idToken(), attempt.nonce());
    Set<StaffRole> roles = EnumSet.noneOf(StaffRole.class);
    roles(claims).forEach(role -> StaffRole.fromWire(role).ifPresent(roles::add));
    if (roles.isEmpty()) {
      throw new SignInRefusedException("The ID token carries no back-office role");
    }
    String name = string(claims, "name");
    return new StaffMember(
        name == null || name.isBlank() ? claims.getSubject() : name,
        roles,
        StaffCredentials.bearer(tokens.accessToken()));
  }

  private List<String> roles(JWTClaimsSet claims) {
    try {
      List<String> roles = claims.getStringListClaim(settings.rolesClaim());
      return roles == null ? List.of() : roles;
    } catch (ParseException e) {
      return List.of();
    }
  }

  private static String string(JWTClaimsSet claims, String name) {
    try {
      return claims.getStringClaim(name);
    } catch (ParseException e) {
      return null;
    }
  }

  static String challenge(String verifier) {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing", e);
    }
  }

  private static String random() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
