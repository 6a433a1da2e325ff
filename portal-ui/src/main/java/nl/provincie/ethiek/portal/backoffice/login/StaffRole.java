package nl.provincie.ethiek.portal.backoffice.login;

import java.util.Arrays;
import java.util.Optional;

/** The back-office roles, under the names the services use in {@code @Secured}. */
public enum StaffRole {
  MODERATOR("moderator"),
  COMMISSION_MEMBER("commission-member"),
  SECRETARY("secretary"),
  ETHICS_OFFICER("ethics-officer"),
  REGISTER_EDITOR("register-editor");

  private final String wire;

  StaffRole(String wire) {
    this.wire = wire;
  }

  public String wire() {
    return wire;
  }

  /** The role a service or identity provider names; empty for roles the portal does not know. */
  public static Optional<StaffRole> fromWire(String name) {
    return Arrays.stream(values()).filter(role -> role.wire.equals(name)).findFirst();
  }
}
