package nl.provincie.ethiek.portal.backoffice.login;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.EnumSet;
import java.util.Set;
import nl.provincie.ethiek.portal.http.ServiceRefusedException;
import nl.provincie.ethiek.portal.http.StaffHttp;
import nl.provincie.ethiek.portal.shell.PortalLanguage;

/**
 * Signs staff in with a user name and password that a service checks ({@code GET /api/v1/staff/me}
 * with HTTP Basic): locally the documented demo accounts. The credentials are then forwarded as
 * Basic on every call.
 */
public final class ServiceStaffAuthentication implements StaffAuthentication {

  private final StaffHttp service;

  public ServiceStaffAuthentication(URI serviceUrl) {
    this.service = new StaffHttp(serviceUrl, PortalLanguage::current);
  }

  @Override
  public StaffMember signIn(String username, String password) {
    if (username == null || username.isBlank() || password == null || password.isEmpty()) {
      throw new SignInRefusedException("User name and password are required");
    }
    StaffCredentials credentials = StaffCredentials.basic(username.strip(), password);
    JsonNode me;
    try {
      me = service.get(credentials, "/staff/me", JsonNode.class);
    } catch (ServiceRefusedException e) {
      throw new SignInRefusedException("The service refused the credentials (" + e.status() + ")");
    }
    Set<StaffRole> roles = EnumSet.noneOf(StaffRole.class);
    me.path("roles").forEach(role -> StaffRole.fromWire(role.asText()).ifPresent(roles::add));
    if (roles.isEmpty()) {
      throw new SignInRefusedException("The account has no back-office role");
    }
    return new StaffMember(me.path("name").asText(username.strip()), roles, credentials);
  }
}
