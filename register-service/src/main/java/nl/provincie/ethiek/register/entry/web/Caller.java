package nl.provincie.ethiek.register.entry.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.security.authentication.Authentication;
import java.util.Optional;
import nl.provincie.ethiek.register.entry.Editor;
import nl.provincie.ethiek.servicekit.security.Roles;

/**
 * Who asks: anonymous, a signed-in staff member, or a register editor. Made from Micronaut's {@link
 * Authentication} at the controller, so nothing further in knows the security framework.
 */
record Caller(Optional<String> name, boolean registerEditor) {

  static Caller of(@Nullable Authentication who) {
    if (who == null) {
      return new Caller(Optional.empty(), false);
    }
    return new Caller(Optional.of(who.getName()), who.getRoles().contains(Roles.REGISTER_EDITOR));
  }

  boolean anonymous() {
    return name.isEmpty();
  }

  /** The caller as the history names them; only for signed-in callers (secured routes). */
  Editor editor() {
    return new Editor(name.orElseThrow());
  }
}
