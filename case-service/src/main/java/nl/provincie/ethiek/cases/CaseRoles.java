package nl.provincie.ethiek.cases;

import java.util.Collection;
import java.util.Set;
import nl.provincie.ethiek.servicekit.security.Roles;

/**
 * Who may do what with cases. The commission's roles work on cases; a viewer reads public and
 * internal ones; a moderator lists them too, to link a conversation to its case (docs/adr/0054);
 * confidential cases are for the commission's roles only; anonymous callers read public cases
 * through the public view.
 */
public final class CaseRoles {

  /** Staff who may read cases but not change them (not among the platform-wide demo accounts). */
  public static final String VIEWER = "viewer";

  public static final Set<String> WORKERS =
      Set.of(Roles.COMMISSION_MEMBER, Roles.SECRETARY, Roles.ETHICS_OFFICER);

  private CaseRoles() {}

  public static boolean isWorker(Collection<String> roles) {
    return roles.stream().anyMatch(WORKERS::contains);
  }

  /**
   * Staff who read public and internal cases. A moderator counts among them, but reaches only the
   * case list ({@code GET /cases}), which is all the conversation settings need.
   */
  public static boolean isStaff(Collection<String> roles) {
    return isWorker(roles) || roles.contains(VIEWER) || roles.contains(Roles.MODERATOR);
  }
}
