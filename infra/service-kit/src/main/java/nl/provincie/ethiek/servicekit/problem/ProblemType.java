package nl.provincie.ethiek.servicekit.problem;

import io.micronaut.http.HttpStatus;

/**
 * Stable problem type URIs. They are tag URIs (RFC 4151, as RFC 9457 section 3.1.1 suggests for
 * types that need not resolve): clients match on them, so a published one never changes meaning.
 */
public final class ProblemType {

  public static final String BASE = "tag:ethiek.provincie.nl,2026:problems/";

  public static final String VALIDATION = BASE + "validation";
  public static final String MALFORMED_REQUEST = BASE + "malformed-request";
  public static final String NOT_FOUND = BASE + "not-found";
  public static final String METHOD_NOT_ALLOWED = BASE + "method-not-allowed";
  public static final String UNSUPPORTED_MEDIA_TYPE = BASE + "unsupported-media-type";
  public static final String NOT_ACCEPTABLE = BASE + "not-acceptable";
  public static final String PAYLOAD_TOO_LARGE = BASE + "payload-too-large";
  public static final String UNAUTHORIZED = BASE + "unauthorized";
  public static final String FORBIDDEN = BASE + "forbidden";
  public static final String CONFLICT = BASE + "conflict";
  public static final String INTERNAL = BASE + "internal";

  private ProblemType() {}

  /** The type used when a framework error reaches us with only a status code. */
  static String forStatus(HttpStatus status) {
    return switch (status) {
      case BAD_REQUEST -> MALFORMED_REQUEST;
      case UNPROCESSABLE_ENTITY -> VALIDATION;
      case NOT_FOUND -> NOT_FOUND;
      case METHOD_NOT_ALLOWED -> METHOD_NOT_ALLOWED;
      case UNSUPPORTED_MEDIA_TYPE -> UNSUPPORTED_MEDIA_TYPE;
      case NOT_ACCEPTABLE -> NOT_ACCEPTABLE;
      case REQUEST_ENTITY_TOO_LARGE -> PAYLOAD_TOO_LARGE;
      case UNAUTHORIZED -> UNAUTHORIZED;
      case FORBIDDEN -> FORBIDDEN;
      case CONFLICT -> CONFLICT;
      default -> status.getCode() >= 500 ? INTERNAL : BASE + "http-" + status.getCode();
    };
  }
}
