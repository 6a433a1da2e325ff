package nl.provincie.ethiek.portal.backoffice.login;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;
import java.util.Optional;

/** The signed-in staff member of the current session, kept on the server only. */
public final class StaffSession {

  static final String RETURN_TO = "backoffice.return-to";

  private StaffSession() {}

  public static Optional<StaffMember> current() {
    VaadinSession session = VaadinSession.getCurrent();
    return Optional.ofNullable(session == null ? null : session.getAttribute(StaffMember.class));
  }

  /** The signed-in member; views behind {@link StaffOnly} can rely on one being there. */
  public static StaffMember require() {
    return current().orElseThrow(() -> new IllegalStateException("No staff member signed in"));
  }

  static void signIn(StaffMember member) {
    VaadinRequest request = VaadinRequest.getCurrent();
    if (request != null && request.getWrappedSession(false) != null) {
      // a new session id on sign-in, so that a session id known before cannot be taken over
      VaadinService.reinitializeSession(request);
    }
    VaadinSession.getCurrent().setAttribute(StaffMember.class, member);
  }

  /**
   * Forgets the member (with the credentials: the demo password or the provider's access token),
   * any sign-in at the provider still under way, and the page they were on their way to; the next
   * staff page asks again.
   */
  public static void signOut() {
    VaadinSession session = VaadinSession.getCurrent();
    session.setAttribute(StaffMember.class, null);
    session.setAttribute(RETURN_TO, null);
    session.setAttribute(OidcStaffAuthentication.Attempt.class, null);
  }

  static void rememberTarget(String path) {
    VaadinSession.getCurrent().setAttribute(RETURN_TO, path);
  }

  static String takeTarget() {
    VaadinSession session = VaadinSession.getCurrent();
    Object target = session.getAttribute(RETURN_TO);
    session.setAttribute(RETURN_TO, null);
    return target instanceof String path && path.startsWith("beheer") ? path : "beheer";
  }
}
