package nl.provincie.ethiek.portal.shell;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;

/**
 * Makes pages Dutch unless the resident chose English: {@code <html lang>} for screen readers and
 * browsers, and the UI locale for components and translations. Registered in
 * META-INF/services/com.vaadin.flow.server.VaadinServiceInitListener.
 */
public final class DutchPage implements VaadinServiceInitListener {

  public static final Locale DUTCH = PortalLanguage.DUTCH;

  @Override
  public void serviceInit(ServiceInitEvent event) {
    event.addIndexHtmlRequestListener(
        response ->
            response
                .getDocument()
                .getElementsByTag("html")
                .attr(
                    "lang",
                    PortalLanguage.of(response.getVaadinRequest().getWrappedSession(false))
                        .getLanguage()));
    event
        .getSource()
        .addUIInitListener(
            ui -> {
              VaadinSession session = ui.getUI().getSession();
              ui.getUI()
                  .setLocale(PortalLanguage.of(session == null ? null : session.getSession()));
            });
  }
}
