package nl.provincie.ethiek.portal;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServiceInitListener;
import nl.provincie.ethiek.portal.register.HttpRegisterClient;
import nl.provincie.ethiek.portal.register.RegisterClient;

/**
 * The composition root: creates the clients of the backing services once per Vaadin service and
 * keeps them in the Vaadin context, where views look them up. Registered in
 * META-INF/services/com.vaadin.flow.server.VaadinServiceInitListener.
 */
public final class PortalServices implements VaadinServiceInitListener {

  @Override
  public void serviceInit(ServiceInitEvent event) {
    PortalConfig config = PortalConfig.fromEnvironment();
    event
        .getSource()
        .getContext()
        .setAttribute(RegisterClient.class, new HttpRegisterClient(config.registerServiceUrl()));
  }

  /** The register client of the current Vaadin service. */
  public static RegisterClient registerClient() {
    RegisterClient client =
        VaadinService.getCurrent().getContext().getAttribute(RegisterClient.class);
    if (client == null) {
      throw new IllegalStateException(PortalServices.class.getName() + " has not run");
    }
    return client;
  }
}
