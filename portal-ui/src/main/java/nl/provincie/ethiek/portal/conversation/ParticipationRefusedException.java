package nl.provincie.ethiek.portal.conversation;

/**
 * The participation service refused a request with a problem+json answer.
 *
 * @see #reason() the last segment of the stable problem type, e.g. {@code duplicate-statement}
 */
public class ParticipationRefusedException extends RuntimeException {

  static final String TYPE_BASE = "tag:ethiek.provincie.nl,2026:problems/";

  private final int status;
  private final String type;
  private final String detail;

  public ParticipationRefusedException(int status, String type, String detail) {
    super("HTTP " + status + " " + type + ": " + detail, null, false, false);
    this.status = status;
    this.type = type == null ? "" : type;
    this.detail = detail == null ? "" : detail;
  }

  public int status() {
    return status;
  }

  public String type() {
    return type;
  }

  public String detail() {
    return detail;
  }

  /** The problem type without the base, e.g. {@code too-many-statements}. */
  public String reason() {
    return type.startsWith(TYPE_BASE) ? type.substring(TYPE_BASE.length()) : type;
  }

  /** The service does not accept the participant token (missing, malformed or expired). */
  public boolean invalidToken() {
    return status == 401 || "participant-token-invalid".equals(reason());
  }
}
