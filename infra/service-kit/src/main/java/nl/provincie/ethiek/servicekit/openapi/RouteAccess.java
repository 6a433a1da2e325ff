package nl.provincie.ethiek.servicekit.openapi;

import java.util.List;

/**
 * Who may call one operation, as its {@code @Secured} annotation says: nobody signed in, any
 * signed-in staff member, or staff members holding one of {@code roles}.
 */
record RouteAccess(Kind kind, List<String> roles) {

  enum Kind {
    ANONYMOUS,
    AUTHENTICATED,
    ROLES
  }

  static final RouteAccess ANYONE = new RouteAccess(Kind.ANONYMOUS, List.of());

  static RouteAccess of(List<String> securedValues) {
    if (securedValues.isEmpty() || securedValues.contains("isAnonymous()")) {
      return ANYONE;
    }
    if (securedValues.contains("isAuthenticated()")) {
      return new RouteAccess(Kind.AUTHENTICATED, List.of());
    }
    return new RouteAccess(Kind.ROLES, List.copyOf(securedValues));
  }

  boolean staffOnly() {
    return kind != Kind.ANONYMOUS;
  }
}
