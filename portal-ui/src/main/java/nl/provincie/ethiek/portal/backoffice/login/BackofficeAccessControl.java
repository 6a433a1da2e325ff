package nl.provincie.ethiek.portal.backoffice.login;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.List;
import java.util.Optional;
import nl.provincie.ethiek.portal.shell.PortalRoutes;

/**
 * Guards every route marked {@link StaffOnly}: without a signed-in member the visitor is sent to
 * the login page (and back after signing in); a member without the role sees {@link NoAccessView}.
 * Registered in META-INF/services/com.vaadin.flow.server.VaadinServiceInitListener.
 *
 * <p>The login page is named by its route, not its class: Vaadin's bundle scanner loads the
 * components of every class a service-init listener refers to on every page, and the login form's
 * fields would then be loaded by every public page too (docs/adr/0058).
 */
public final class BackofficeAccessControl implements VaadinServiceInitListener {

  @Override
  public void serviceInit(ServiceInitEvent event) {
    event
        .getSource()
        .addUIInitListener(ui -> ui.getUI().addBeforeEnterListener(BackofficeAccessControl::check));
  }

  static void check(BeforeEnterEvent event) {
    StaffOnly rule = event.getNavigationTarget().getAnnotation(StaffOnly.class);
    if (rule == null) {
      return;
    }
    Optional<StaffMember> member = StaffSession.current();
    if (member.isEmpty()) {
      StaffSession.rememberTarget(event.getLocation().getPathWithQueryParameters());
      event.rerouteTo(PortalRoutes.LOGIN);
    } else if (!member.get().hasAnyOf(List.of(rule.value()))) {
      event.rerouteTo(NoAccessView.class);
    }
  }
}
