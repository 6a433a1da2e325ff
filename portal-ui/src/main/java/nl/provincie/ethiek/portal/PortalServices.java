package nl.provincie.ethiek.portal;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinContext;
import com.vaadin.flow.server.VaadinServiceInitListener;
import nl.provincie.ethiek.portal.backoffice.BackofficeConfig;
import nl.provincie.ethiek.portal.backoffice.login.OidcSettings;
import nl.provincie.ethiek.portal.backoffice.login.OidcStaffAuthentication;
import nl.provincie.ethiek.portal.backoffice.login.ServiceStaffAuthentication;
import nl.provincie.ethiek.portal.backoffice.login.StaffAuthentication;
import nl.provincie.ethiek.portal.conversation.HttpParticipationClient;
import nl.provincie.ethiek.portal.conversation.ParticipationClient;
import nl.provincie.ethiek.portal.conversation.VotingCompanion;
import nl.provincie.ethiek.portal.home.HttpRegisterChangesClient;
import nl.provincie.ethiek.portal.home.RegisterChangesClient;
import nl.provincie.ethiek.portal.http.StaffHttp;
import nl.provincie.ethiek.portal.http.StaffServices;
import nl.provincie.ethiek.portal.map.HttpOpinionMapClient;
import nl.provincie.ethiek.portal.map.OpinionMapClient;
import nl.provincie.ethiek.portal.map.VotingMap;
import nl.provincie.ethiek.portal.outcome.HttpOutcomeClient;
import nl.provincie.ethiek.portal.outcome.OutcomeClient;
import nl.provincie.ethiek.portal.register.HttpRegisterClient;
import nl.provincie.ethiek.portal.register.RegisterClient;
import nl.provincie.ethiek.portal.shell.PortalLanguage;
import nl.provincie.ethiek.portal.shell.ServiceLocator;

/**
 * The composition root: creates the clients of the backing services, for the public pages and the
 * back office, and how staff sign in, once per Vaadin service, and keeps them in the Vaadin context
 * where {@link ServiceLocator} finds them. Nothing else depends on this class. Registered in
 * META-INF/services/com.vaadin.flow.server.VaadinServiceInitListener.
 */
public final class PortalServices implements VaadinServiceInitListener {

  @Override
  public void serviceInit(ServiceInitEvent event) {
    PortalConfig config = PortalConfig.fromEnvironment();
    VaadinContext context = event.getSource().getContext();
    context.setAttribute(PortalConfig.class, config);
    context.setAttribute(RegisterClient.class, new HttpRegisterClient(config.registerServiceUrl()));
    context.setAttribute(
        ParticipationClient.class, new HttpParticipationClient(config.participationServiceUrl()));
    context.setAttribute(
        RegisterChangesClient.class, new HttpRegisterChangesClient(config.registerServiceUrl()));
    context.setAttribute(
        OpinionMapClient.class, new HttpOpinionMapClient(config.participationServiceUrl()));
    context.setAttribute(VotingCompanion.class, new VotingMap());
    context.setAttribute(
        OutcomeClient.class,
        new HttpOutcomeClient(config.participationServiceUrl(), config.caseServiceUrl()));
    backOffice(context, BackofficeConfig.fromEnvironment());
  }

  private static void backOffice(VaadinContext context, BackofficeConfig config) {
    context.setAttribute(StaffAuthentication.class, authentication(config));
    context.setAttribute(
        StaffServices.class,
        new StaffServices(
            new StaffHttp(config.participationServiceUrl(), PortalLanguage::current),
            new StaffHttp(config.registerServiceUrl(), PortalLanguage::current),
            new StaffHttp(config.caseServiceUrl(), PortalLanguage::current)));
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
}
