package nl.provincie.ethiek.portal.backoffice.login;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import nl.provincie.ethiek.portal.http.ServiceUnavailableException;
import nl.provincie.ethiek.portal.shell.MainLayout;
import nl.provincie.ethiek.portal.shell.PortalRoutes;
import nl.provincie.ethiek.portal.shell.ServiceLocator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Staff sign in here; anyone who opens a back-office page without being signed in lands here. */
@Route(value = PortalRoutes.LOGIN, layout = MainLayout.class)
class LoginView extends Div implements HasDynamicTitle {

  private static final Logger LOG = LoggerFactory.getLogger(LoginView.class);

  private final TextField username = new TextField();
  private final PasswordField password = new PasswordField();
  private final Paragraph error = new Paragraph();

  public LoginView() {
    addClassName("backoffice-login");
    add(new H1(getTranslation("backoffice.login.title")));
    add(new Paragraph(getTranslation("backoffice.login.intro")));
    username.setLabel(getTranslation("backoffice.login.username"));
    username.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.USERNAME);
    username.setRequiredIndicatorVisible(true);
    username.setAutofocus(true);
    password.setLabel(getTranslation("backoffice.login.password"));
    password.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.CURRENT_PASSWORD);
    password.setRequiredIndicatorVisible(true);
    error.addClassName("notice");
    error.getElement().setAttribute("role", "alert");
    error.setVisible(false);
    if (ServiceLocator.get(StaffAuthentication.class) instanceof OidcStaffAuthentication oidc) {
      Button provider =
          new Button(getTranslation("backoffice.login.oidc"), click -> toProvider(oidc));
      provider.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
      add(error, provider);
      return;
    }
    Button signIn = new Button(getTranslation("backoffice.login.submit"), click -> signIn());
    signIn.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    signIn.addClickShortcut(Key.ENTER);
    Div form = new Div(username, password, signIn);
    form.addClassName("backoffice-form");
    add(error, form);
  }

  private void signIn() {
    StaffMember member;
    try {
      member =
          ServiceLocator.get(StaffAuthentication.class)
              .signIn(username.getValue(), password.getValue());
    } catch (SignInRefusedException e) {
      LOG.info("Back-office sign-in refused: {}", e.getMessage());
      fail("backoffice.login.refused");
      return;
    } catch (ServiceUnavailableException e) {
      LOG.warn("Back-office sign-in not possible: {}", e.getMessage());
      fail("backoffice.login.unavailable");
      return;
    }
    password.clear();
    StaffSession.signIn(member);
    LOG.info("Staff member {} signed in with roles {}", member.name(), member.roles());
    UI.getCurrent().navigate(StaffSession.takeTarget());
  }

  /** Starts the sign-in at the OpenID Connect provider; the attempt stays in the session. */
  private void toProvider(OidcStaffAuthentication oidc) {
    OidcStaffAuthentication.Start start;
    try {
      start = oidc.begin();
    } catch (ServiceUnavailableException e) {
      LOG.warn("Back-office sign-in not possible: {}", e.getMessage());
      fail("backoffice.login.unavailable");
      return;
    }
    VaadinSession.getCurrent().setAttribute(OidcStaffAuthentication.Attempt.class, start.attempt());
    UI.getCurrent().getPage().setLocation(start.authorizationUrl());
  }

  private void fail(String key) {
    password.clear();
    error.setText(getTranslation(key));
    error.setVisible(true);
  }

  @Override
  public String getPageTitle() {
    return getTranslation("backoffice.login.title") + " - " + MainLayout.TITLE;
  }
}
