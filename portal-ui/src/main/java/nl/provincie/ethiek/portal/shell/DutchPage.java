package nl.provincie.ethiek.portal.shell;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.Locale;

/**
 * Makes pages Dutch: {@code <html lang="nl">} for screen readers and browsers, and a Dutch locale
 * for components. Registered in META-INF/services/com.vaadin.flow.server.VaadinServiceInitListener.
 */
public final class DutchPage implements VaadinServiceInitListener {

  public static final Locale DUTCH = Locale.forLanguageTag("nl-NL");

  @Override
  public void serviceInit(ServiceInitEvent event) {
    event.addIndexHtmlRequestListener(
        response -> response.getDocument().getElementsByTag("html").attr("lang", "nl"));
    event.getSource().addUIInitListener(ui -> ui.getUI().setLocale(DUTCH));
  }
}
