package nl.provincie.ethiek.portal.backoffice;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import nl.provincie.ethiek.portal.PortalConfig;

/**
 * The back office's settings, each from an environment variable or the matching system property
 * (which wins), like {@link PortalConfig}.
 *
 * @param authentication how staff sign in: {@code STAFF_AUTHENTICATION} / {@code
 *     staff.authentication}, {@code demo} (default; user name and password checked by a service) or
 *     {@code oidc} (an external OpenID Connect provider, see docs/adr/0016-back-office-login.md)
 * @param signInServiceUrl the service that checks demo credentials: {@code STAFF_SIGN_IN_URL} /
 *     {@code staff.sign-in.url}, default the participation service
 * @param caseServiceUrl base URL of the case service, as {@link PortalConfig#caseServiceUrl()}
 */
public record BackofficeConfig(
    Authentication authentication,
    URI signInServiceUrl,
    URI participationServiceUrl,
    URI registerServiceUrl,
    URI caseServiceUrl) {

  public static final String AUTHENTICATION_PROPERTY = "staff.authentication";
  public static final String SIGN_IN_URL_PROPERTY = "staff.sign-in.url";

  /** The ways staff can sign in. */
  public enum Authentication {
    DEMO,
    OIDC
  }

  public static BackofficeConfig fromEnvironment() {
    return from(PortalConfig.fromEnvironment(), System::getenv, System::getProperty);
  }

  static BackofficeConfig from(
      PortalConfig portal, Function<String, String> env, Function<String, String> properties) {
    String mode =
        setting(env, properties, "STAFF_AUTHENTICATION", AUTHENTICATION_PROPERTY).orElse("demo");
    Authentication authentication;
    try {
      authentication = Authentication.valueOf(mode.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "STAFF_AUTHENTICATION must be demo or oidc, was '" + mode + "'", e);
    }
    URI signIn =
        setting(env, properties, "STAFF_SIGN_IN_URL", SIGN_IN_URL_PROPERTY)
            .map(BackofficeConfig::url)
            .orElse(portal.participationServiceUrl());
    return new BackofficeConfig(
        authentication,
        signIn,
        portal.participationServiceUrl(),
        portal.registerServiceUrl(),
        portal.caseServiceUrl());
  }

  private static Optional<String> setting(
      Function<String, String> env,
      Function<String, String> properties,
      String variable,
      String property) {
    return Optional.ofNullable(properties.apply(property))
        .or(() -> Optional.ofNullable(env.apply(variable)))
        .map(String::strip)
        .filter(value -> !value.isEmpty());
  }

  private static URI url(String value) {
    URI uri = URI.create(value.replaceAll("/+$", ""));
    if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
        || uri.getHost() == null) {
      throw new IllegalArgumentException("Service URL must be absolute http(s), was " + value);
    }
    return uri;
  }
}
