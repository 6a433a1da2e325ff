package nl.provincie.ethiek.portal.backoffice.login;

import java.net.URI;
import java.util.Optional;
import java.util.function.Function;

/**
 * The settings of the staff login through an OpenID Connect provider, each from an environment
 * variable or the matching system property (which wins): {@code OIDC_ISSUER} / {@code oidc.issuer},
 * {@code OIDC_CLIENT_ID}, {@code OIDC_CLIENT_SECRET}, {@code OIDC_REDIRECT_URI} (default {@code
 * http://localhost:<PORTAL_PORT>/beheer/oidc/callback}) and {@code OIDC_ROLES_CLAIM} (default
 * {@code roles}). {@link #toString()} hides the secret.
 */
public record OidcSettings(
    URI issuer, String clientId, String clientSecret, URI redirectUri, String rolesClaim) {

  public static final String CALLBACK_PATH = "beheer/oidc/callback";

  public OidcSettings {
    requireHttp("OIDC_ISSUER", issuer);
    requireHttp("OIDC_REDIRECT_URI", redirectUri);
    if (clientId == null || clientId.isBlank()) {
      throw new IllegalArgumentException(
          "OIDC_CLIENT_ID must be set with STAFF_AUTHENTICATION=oidc");
    }
    if (clientSecret == null || clientSecret.isEmpty()) {
      throw new IllegalArgumentException(
          "OIDC_CLIENT_SECRET must be set with STAFF_AUTHENTICATION=oidc");
    }
  }

  /** The settings from the environment; {@code port} is the portal's, for the default callback. */
  public static OidcSettings from(
      int port, Function<String, String> env, Function<String, String> properties) {
    Function<String, Optional<String>> setting =
        name ->
            Optional.ofNullable(properties.apply(name.toLowerCase().replace('_', '.')))
                .or(() -> Optional.ofNullable(env.apply(name)))
                .map(String::strip)
                .filter(value -> !value.isEmpty());
    return new OidcSettings(
        setting.apply("OIDC_ISSUER").map(OidcSettings::uri).orElse(null),
        setting.apply("OIDC_CLIENT_ID").orElse(null),
        setting.apply("OIDC_CLIENT_SECRET").orElse(null),
        setting
            .apply("OIDC_REDIRECT_URI")
            .map(OidcSettings::uri)
            .orElse(URI.create("http://localhost:" + port + "/" + CALLBACK_PATH)),
        setting.apply("OIDC_ROLES_CLAIM").orElse("roles"));
  }

  private static URI uri(String value) {
    return URI.create(value.replaceAll("/+$", ""));
  }

  private static void requireHttp(String what, URI url) {
    if (url == null
        || !("http".equals(url.getScheme()) || "https".equals(url.getScheme()))
        || url.getHost() == null) {
      throw new IllegalArgumentException(
          what + " must be an absolute http(s) URL with STAFF_AUTHENTICATION=oidc, was " + url);
    }
  }

  @Override
  public String toString() {
    return "OidcSettings[" + issuer + ", " + clientId + ", secret hidden, " + redirectUri + "]";
  }
}
