package nl.provincie.ethiek.portal.backoffice.login;

/**
 * How the back office signs staff in. The demo implementation checks a user name and password
 * against a service; {@link OidcStaffAuthentication} takes an OpenID Connect provider's tokens
 * instead (docs/adr/0016-back-office-login.md). Which one runs is configuration only.
 */
public interface StaffAuthentication {

  /**
   * Signs a staff member in with a user name and password.
   *
   * @throws SignInRefusedException when the credentials are wrong or carry no back-office role
   * @throws nl.provincie.ethiek.portal.http.ServiceUnavailableException when the service that
   *     checks them cannot be reached
   */
  StaffMember signIn(String username, String password);
}
