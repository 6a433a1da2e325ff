package nl.provincie.ethiek.portal.backoffice.login;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.VaadinSession;
import java.util.List;
import java.util.Map;
import nl.provincie.ethiek.portal.http.ServiceUnavailableException;
import nl.provincie.ethiek.portal.shell.MainLayout;
import nl.provincie.ethiek.portal.shell.ServiceLocator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the OpenID Connect provider sends the browser back ({@code OIDC_REDIRECT_URI}): checks the
 * state against the sign-in started in this session (used once), completes the sign-in and goes on
 * to the page the member asked for; otherwise says that signing in failed.
 */
@Route(value = OidcSettings.CALLBACK_PATH, layout = MainLayout.class)
class OidcCallbackView extends Div implements BeforeEnterObserver, HasDynamicTitle {

  private static final Logger LOG = LoggerFactory.getLogger(OidcCallbackView.class);

  public OidcCallbackView() {
    addClassName("backoffice-login");
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    VaadinSession session = VaadinSession.getCurrent();
    OidcStaffAuthentication.Attempt attempt =
        session.getAttribute(OidcStaffAuthentication.Attempt.class);
    session.setAttribute(OidcStaffAuthentication.Attempt.class, null);
    Map<String, List<String>> query = event.getLocation().getQueryParameters().getParameters();
    String key;
    try {
      if (!(ServiceLocator.get(StaffAuthentication.class)
          instanceof OidcStaffAuthentication oidc)) {
        throw new SignInRefusedException("The portal does not sign in through OpenID Connect");
      }
      StaffMember member = oidc.complete(attempt, first(query, "state"), first(query, "code"));
      StaffSession.signIn(member);
      LOG.info("Staff member {} signed in with roles {}", member.name(), member.roles());
      event.forwardTo(StaffSession.takeTarget());
      return;
    } catch (SignInRefusedException e) {
      LOG.info("Back-office sign-in refused: {}", e.getMessage());
      key = "backoffice.oidc.refused";
    } catch (ServiceUnavailableException e) {
      LOG.warn("Back-office sign-in not possible: {}", e.getMessage());
      key = "backoffice.login.unavailable";
    }
    Paragraph error = new Paragraph(getTranslation(key));
    error.addClassName("notice");
    error.getElement().setAttribute("role", "alert");
    removeAll();
    add(
        new H1(getTranslation("backoffice.login.title")),
        error,
        new Paragraph(new RouterLink(getTranslation("backoffice.oidc.again"), LoginView.class)));
  }

  private static String first(Map<String, List<String>> query, String name) {
    List<String> values = query.getOrDefault(name, List.of());
    return values.size() == 1 ? values.get(0) : null;
  }

  @Override
  public String getPageTitle() {
    return getTranslation("backoffice.login.title") + " - " + MainLayout.TITLE;
  }
}
