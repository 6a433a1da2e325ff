package nl.provincie.ethiek.portal.backoffice.login;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Objects;
import nl.provincie.ethiek.portal.http.Authorization;

/**
 * What the portal sends to the services on a staff member's behalf: the value of the HTTP {@code
 * Authorization} header. Kept only in the server-side session; {@link #toString()} never shows it,
 * so it cannot end up in a log by accident.
 */
public final class StaffCredentials implements Serializable, Authorization {

  private final String authorization;

  private StaffCredentials(String authorization) {
    this.authorization = Objects.requireNonNull(authorization);
  }

  /** HTTP Basic, for the demo accounts (docs/adr/0016-back-office-login.md). */
  public static StaffCredentials basic(String username, String password) {
    String pair = username + ":" + password;
    return new StaffCredentials(
        "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
  }

  /** A bearer token, as an OpenID Connect provider issues it. */
  public static StaffCredentials bearer(String accessToken) {
    return new StaffCredentials("Bearer " + accessToken);
  }

  /** The {@code Authorization} header value. */
  @Override
  public String authorizationHeader() {
    return authorization;
  }

  @Override
  public String toString() {
    return "StaffCredentials[hidden]";
  }
}
