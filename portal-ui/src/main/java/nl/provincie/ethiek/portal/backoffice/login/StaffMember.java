package nl.provincie.ethiek.portal.backoffice.login;

import java.io.Serializable;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A signed-in staff member: the name and roles the services know them by, and the credentials the
 * portal forwards on their behalf.
 */
public record StaffMember(String name, Set<StaffRole> roles, StaffCredentials credentials)
    implements Serializable {

  public StaffMember {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(credentials, "credentials");
    roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
  }

  /** Whether the member has at least one of the roles; every member passes an empty list. */
  public boolean hasAnyOf(Collection<StaffRole> wanted) {
    return wanted.isEmpty() || wanted.stream().anyMatch(roles::contains);
  }

  @Override
  public String toString() {
    return "StaffMember[" + name + ", " + roles + "]";
  }
}
