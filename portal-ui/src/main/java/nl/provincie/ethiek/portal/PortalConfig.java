package nl.provincie.ethiek.portal;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The portal's settings. Each comes from an environment variable, or from the matching Java system
 * property, which wins (handy on a command line and in tests).
 *
 * @param port the HTTP port: {@code PORTAL_PORT} / {@code portal.port}, default 8080
 * @param registerServiceUrl base URL of the register service: {@code REGISTER_SERVICE_URL} / {@code
 *     register.service.url}, default http://localhost:8083
 */
public record PortalConfig(int port, URI registerServiceUrl) {

  static final String PORT_VARIABLE = "PORTAL_PORT";
  static final String PORT_PROPERTY = "portal.port";
  static final String REGISTER_URL_VARIABLE = "REGISTER_SERVICE_URL";
  public static final String REGISTER_URL_PROPERTY = "register.service.url";

  public PortalConfig {
    if (port < 1 || port > 65535) {
      throw new IllegalArgumentException("Port must be between 1 and 65535, was " + port);
    }
    Objects.requireNonNull(registerServiceUrl, "registerServiceUrl");
    String scheme = registerServiceUrl.getScheme();
    if (!("http".equals(scheme) || "https".equals(scheme))
        || registerServiceUrl.getHost() == null) {
      throw new IllegalArgumentException(
          "Register service URL must be an absolute http(s) URL, was " + registerServiceUrl);
    }
  }

  public static PortalConfig fromEnvironment() {
    return from(System::getenv, System::getProperty);
  }

  static PortalConfig from(
      Function<String, String> environment, Function<String, String> systemProperties) {
    String port =
        setting(environment, systemProperties, PORT_VARIABLE, PORT_PROPERTY).orElse("8080");
    String registerUrl =
        setting(environment, systemProperties, REGISTER_URL_VARIABLE, REGISTER_URL_PROPERTY)
            .orElse("http://localhost:8083");
    return new PortalConfig(parsePort(port), parseUrl(registerUrl));
  }

  private static Optional<String> setting(
      Function<String, String> environment,
      Function<String, String> systemProperties,
      String variable,
      String property) {
    return Optional.ofNullable(systemProperties.apply(property))
        .or(() -> Optional.ofNullable(environment.apply(variable)))
        .map(String::strip)
        .filter(value -> !value.isEmpty());
  }

  private static int parsePort(String value) {
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("Port must be a number, was '" + value + "'", e);
    }
  }

  private static URI parseUrl(String value) {
    String withoutTrailingSlash =
        value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
    try {
      return URI.create(withoutTrailingSlash);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("Register service URL is invalid: '" + value + "'", e);
    }
  }
}
