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
 * @param participationServiceUrl base URL of the participation service: {@code
 *     PARTICIPATION_SERVICE_URL} / {@code participation.service.url}, default http://localhost:8081
 * @param contactEmail the address residents write to, shown in the footer: {@code
 *     PORTAL_CONTACT_EMAIL} / {@code portal.contact.email}, default
 *     digitale-ethiek@provincie.example
 * @param caseServiceUrl base URL of the case service (its anonymous public view of cases): {@code
 *     CASE_SERVICE_URL} / {@code case.service.url}, default http://localhost:8082
 */
public record PortalConfig(
    int port,
    URI registerServiceUrl,
    URI participationServiceUrl,
    String contactEmail,
    URI caseServiceUrl) {

  static final String PORT_VARIABLE = "PORTAL_PORT";
  static final String PORT_PROPERTY = "portal.port";
  static final String REGISTER_URL_VARIABLE = "REGISTER_SERVICE_URL";
  public static final String REGISTER_URL_PROPERTY = "register.service.url";
  static final String PARTICIPATION_URL_VARIABLE = "PARTICIPATION_SERVICE_URL";
  public static final String PARTICIPATION_URL_PROPERTY = "participation.service.url";
  static final String CONTACT_VARIABLE = "PORTAL_CONTACT_EMAIL";
  public static final String CONTACT_PROPERTY = "portal.contact.email";
  public static final String DEFAULT_CONTACT = "digitale-ethiek@provincie.example";
  static final String CASE_URL_VARIABLE = "CASE_SERVICE_URL";
  public static final String CASE_URL_PROPERTY = "case.service.url";
  static final String DEFAULT_CASE_URL = "http://localhost:8082";

  /** The settings with the default participation and case services and contact address. */
  public PortalConfig(int port, URI registerServiceUrl) {
    this(
        port,
        registerServiceUrl,
        URI.create("http://localhost:8081"),
        DEFAULT_CONTACT,
        URI.create(DEFAULT_CASE_URL));
  }

  public PortalConfig {
    if (port < 1 || port > 65535) {
      throw new IllegalArgumentException("Port must be between 1 and 65535, was " + port);
    }
    requireHttp("Register service URL", registerServiceUrl);
    requireHttp("Participation service URL", participationServiceUrl);
    requireHttp("Case service URL", caseServiceUrl);
    Objects.requireNonNull(contactEmail, "contactEmail");
  }

  private static void requireHttp(String what, URI url) {
    Objects.requireNonNull(url, what);
    String scheme = url.getScheme();
    if (!("http".equals(scheme) || "https".equals(scheme)) || url.getHost() == null) {
      throw new IllegalArgumentException(what + " must be an absolute http(s) URL, was " + url);
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
    String participationUrl =
        setting(
                environment,
                systemProperties,
                PARTICIPATION_URL_VARIABLE,
                PARTICIPATION_URL_PROPERTY)
            .orElse("http://localhost:8081");
    String contact =
        setting(environment, systemProperties, CONTACT_VARIABLE, CONTACT_PROPERTY)
            .orElse(DEFAULT_CONTACT);
    String caseUrl =
        setting(environment, systemProperties, CASE_URL_VARIABLE, CASE_URL_PROPERTY)
            .orElse(DEFAULT_CASE_URL);
    return new PortalConfig(
        parsePort(port),
        parseUrl(registerUrl),
        parseUrl(participationUrl),
        contact,
        parseUrl(caseUrl));
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
      throw new IllegalArgumentException("Service URL is invalid: '" + value + "'", e);
    }
  }
}
