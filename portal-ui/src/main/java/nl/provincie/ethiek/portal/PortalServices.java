package nl.provincie.ethiek.portal;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServiceInitListener;
import nl.provincie.ethiek.portal.conversation.HttpParticipationClient;
import nl.provincie.ethiek.portal.conversation.ParticipationClient;
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
    var context = event.getSource().getContext();
    context.setAttribute(RegisterClient.class, new HttpRegisterClient(config.registerServiceUrl()));
    context.setAttribute(
        ParticipationClient.class, new HttpParticipationClient(config.participationServiceUrl()));
    context.setAttribute(PortalConfig.class, config);
  }

  /** The participation client of the current Vaadin service. */
  public static ParticipationClient participationClient() {
    return attribute(ParticipationClient.class);
  }

  /** The portal's settings (contact address, ...). */
  public static PortalConfig config() {
    return attribute(PortalConfig.class);
  }

  private static <T> T attribute(Class<T> type) {
    T value = VaadinService.getCurrent().getContext().getAttribute(type);
    if (value == null) {
      throw new IllegalStateException(PortalServices.class.getName() + " has not run");
    }
    return value;
  }

  /** The register client of the current Vaadin service. */
  public static RegisterClient registerClient() {
    return attribute(RegisterClient.class);
  }
}
