package nl.provincie.ethiek.cases.casefile.service;

import java.util.Set;
import nl.provincie.ethiek.cases.CaseRoles;
import nl.provincie.ethiek.cases.casefile.Confidentiality;

/** Who asks: a signed-in user with roles, the system (listeners, the keeper), or anonymous. */
public record Actor(String name, Set<String> roles) {

  public static final Actor SYSTEM = new Actor("system", CaseRoles.WORKERS);
  public static final Actor ANONYMOUS = new Actor("anonymous", Set.of());

  public Actor {
    roles = Set.copyOf(roles);
  }

  public boolean mayRead(Confidentiality level) {
    return switch (level) {
      case PUBLIC -> true;
      case INTERNAL -> CaseRoles.isStaff(roles);
      case CONFIDENTIAL -> CaseRoles.isWorker(roles);
    };
  }
}
