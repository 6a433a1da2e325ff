package nl.provincie.ethiek.portal;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServiceInitListener;
import nl.provincie.ethiek.portal.conversation.HttpParticipationClient;
import nl.provincie.ethiek.portal.conversation.ParticipationClient;
import nl.provincie.ethiek.portal.home.HttpRegisterChangesClient;
import nl.provincie.ethiek.portal.home.RegisterChangesClient;
import nl.provincie.ethiek.portal.map.HttpOpinionMapClient;
import nl.provincie.ethiek.portal.map.OpinionMapClient;
import nl.provincie.ethiek.portal.outcome.HttpOutcomeClient;
import nl.provincie.ethiek.portal.outcome.OutcomeClient;
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
    // public pages added for issue 7: home, opinion map, outcome
    context.setAttribute(
        RegisterChangesClient.class, new HttpRegisterChangesClient(config.registerServiceUrl()));
    context.setAttribute(
        OpinionMapClient.class, new HttpOpinionMapClient(config.participationServiceUrl()));
    context.setAttribute(
        OutcomeClient.class,
        new HttpOutcomeClient(config.participationServiceUrl(), config.caseServiceUrl()));
  }

  /** Recent changes in the register (start page). */
  public static RegisterChangesClient registerChangesClient() {
    return attribute(RegisterChangesClient.class);
  }

  /** The opinion maps of conversations. */
  public static OpinionMapClient opinionMapClient() {
    return attribute(OpinionMapClient.class);
  }

  /** Reports of closed conversations and the public view of their ethics cases. */
  public static OutcomeClient outcomeClient() {
    return attribute(OutcomeClient.class);
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
