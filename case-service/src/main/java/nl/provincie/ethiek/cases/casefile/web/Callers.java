package nl.provincie.ethiek.cases.casefile.web;

import io.micronaut.security.authentication.Authentication;
import java.util.Set;
import nl.provincie.ethiek.cases.casefile.service.Actor;

/** The signed-in user as an {@link Actor}. */
final class Callers {

  private Callers() {}

  static Actor of(Authentication authentication) {
    return authentication == null
        ? Actor.ANONYMOUS
        : new Actor(authentication.getName(), Set.copyOf(authentication.getRoles()));
  }
}
