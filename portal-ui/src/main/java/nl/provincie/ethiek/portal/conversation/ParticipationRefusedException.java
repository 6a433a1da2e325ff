package nl.provincie.ethiek.portal.conversation;

import java.util.List;
import nl.provincie.ethiek.portal.http.ServiceRefusedException;

/**
 * The participation service refused a resident's request with a problem+json answer.
 *
 * @see #reason() the last segment of the stable problem type, e.g. {@code duplicate-statement}
 */
public class ParticipationRefusedException extends ServiceRefusedException {

  static final String TYPE_BASE = "tag:ethiek.provincie.nl,2026:problems/";

  public ParticipationRefusedException(int status, String type, String detail) {
    super(status, type, detail, List.of());
  }

  static ParticipationRefusedException of(ServiceRefusedException refusal) {
    return new ParticipationRefusedException(refusal.status(), refusal.type(), refusal.detail());
  }

  /** The problem type without the base, e.g. {@code too-many-statements}. */
  public String reason() {
    return type().startsWith(TYPE_BASE) ? type().substring(TYPE_BASE.length()) : type();
  }

  /** The service does not accept the participant token (missing, malformed or expired). */
  public boolean invalidToken() {
    return status() == 401 || "participant-token-invalid".equals(reason());
  }
}
