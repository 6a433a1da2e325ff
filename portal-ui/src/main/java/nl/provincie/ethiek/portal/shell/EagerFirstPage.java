package nl.provincie.ethiek.portal.shell;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;

/**
 * Vaadin's "eager server load" for every page: the first answer already holds the view, so the
 * browser renders it without a second round trip, and the HTTP status is the view's own (404 from
 * {@link NotFoundView} for an address the portal does not know, instead of 200 for every address).
 * Registered in META-INF/services/com.vaadin.flow.server.VaadinServiceInitListener.
 */
public final class EagerFirstPage implements VaadinServiceInitListener {

  @Override
  public void serviceInit(ServiceInitEvent event) {
    event.getSource().setBootstrapInitialPredicate(request -> true);
  }
}
