package nl.provincie.ethiek.portal.shell;

import com.vaadin.flow.component.ReconnectDialogConfiguration;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.SystemMessages;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;

/**
 * The portal's own words where Vaadin would show its English defaults: the notices for disabled
 * cookies and an internal error (an expired session reloads the page, Vaadin's default), and the
 * connection indicator's texts when the connection is lost (in the resident's language, each with
 * the way on: reload), and a {@code <noscript>} message on the bootstrap page for a browser without
 * JavaScript. Registered in META-INF/services/com.vaadin.flow.server.VaadinServiceInitListener.
 */
public final class PortalSystemMessages implements VaadinServiceInitListener {

  @Override
  public void serviceInit(ServiceInitEvent event) {
    VaadinService service = event.getSource();
    service.setSystemMessagesProvider(
        info ->
            messages(
                service,
                PortalLanguage.of(
                    info.getRequest() == null
                        ? null
                        : info.getRequest().getWrappedSession(false))));
    service.addUIInitListener(
        init -> {
          VaadinSession session = init.getUI().getSession();
          Locale locale = PortalLanguage.of(session == null ? null : session.getSession());
          ReconnectDialogConfiguration reconnect = init.getUI().getReconnectDialogConfiguration();
          reconnect.setDialogText(text(service, "system.connection.reconnecting", locale));
          reconnect.setDialogTextGaveUp(text(service, "system.connection.message", locale));
        });
    event.addIndexHtmlRequestListener(
        response -> {
          Locale locale = PortalLanguage.of(response.getVaadinRequest().getWrappedSession(false));
          response
              .getDocument()
              .body()
              .prependElement("noscript")
              .addClass("portal-noscript")
              .text(text(service, "system.noscript", locale));
        });
  }

  /** The notices in the language kept in the resident's session, Dutch when it has gone. */
  static SystemMessages messages(VaadinService service, Locale locale) {
    CustomizedSystemMessages messages = new CustomizedSystemMessages();
    messages.setCookiesDisabledCaption(text(service, "system.cookies.caption", locale));
    messages.setCookiesDisabledMessage(text(service, "system.cookies.message", locale));
    messages.setInternalErrorCaption(text(service, "system.error.caption", locale));
    messages.setInternalErrorMessage(text(service, "system.error.message", locale));
    return messages;
  }

  private static String text(VaadinService service, String key, Locale locale) {
    I18NProvider translations = service.getInstantiator().getI18NProvider();
    return translations.getTranslation(key, locale);
  }
}
