package nl.provincie.ethiek.portal.backoffice;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServiceInitListener;
import nl.provincie.ethiek.portal.PortalConfig;
import nl.provincie.ethiek.portal.backoffice.http.StaffHttp;
import nl.provincie.ethiek.portal.backoffice.login.OidcSettings;
import nl.provincie.ethiek.portal.backoffice.login.OidcStaffAuthentication;
import nl.provincie.ethiek.portal.backoffice.login.ServiceStaffAuthentication;
import nl.provincie.ethiek.portal.backoffice.login.StaffAuthentication;

/**
 * The back office's composition root: how staff sign in and the HTTP clients of the services, kept
 * in the Vaadin context. Registered in
 * META-INF/services/com.vaadin.flow.server.VaadinServiceInitListener.
 */
public final class BackofficeServices implements VaadinServiceInitListener {

  /** The services the back office calls, one client each. */
  public record Services(StaffHttp participation, StaffHttp register, StaffHttp cases) {}

  @Override
  public void serviceInit(ServiceInitEvent event) {
    BackofficeConfig config = BackofficeConfig.fromEnvironment();
    var context = event.getSource().getContext();
    context.setAttribute(StaffAuthentication.class, authentication(config));
    context.setAttribute(
        Services.class,
        new Services(
            new StaffHttp(config.participationServiceUrl()),
            new StaffHttp(config.registerServiceUrl()),
            new StaffHttp(config.caseServiceUrl())));
  }

  static StaffAuthentication authentication(BackofficeConfig config) {
    return switch (config.authentication()) {
      case DEMO -> new ServiceStaffAuthentication(config.signInServiceUrl());
      case OIDC ->
          new OidcStaffAuthentication(
              OidcSettings.from(
                  PortalConfig.fromEnvironment().port(), System::getenv, System::getProperty));
    };
  }

  public static StaffAuthentication authentication() {
    return attribute(StaffAuthentication.class);
  }

  public static Services services() {
    return attribute(Services.class);
  }

  private static <T> T attribute(Class<T> type) {
    T value = VaadinService.getCurrent().getContext().getAttribute(type);
    if (value == null) {
      throw new IllegalStateException(BackofficeServices.class.getName() + " has not run");
    }
    return value;
  }
}
