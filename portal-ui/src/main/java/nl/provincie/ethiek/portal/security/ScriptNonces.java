package nl.provincie.ethiek.portal.security;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.jsoup.nodes.Element;

/**
 * Gives every inline script of Vaadin's bootstrap page the request's Content-Security-Policy nonce
 * (set by {@link SecurityHeadersFilter}), so the policy allows those scripts and no other inline
 * script: a script injected into a page does not know the nonce (docs/adr/0044). Runs after Vaadin
 * has written the page. Registered in
 * META-INF/services/com.vaadin.flow.server.VaadinServiceInitListener.
 */
public final class ScriptNonces implements VaadinServiceInitListener {

  @Override
  public void serviceInit(ServiceInitEvent event) {
    event.addIndexHtmlRequestListener(
        response -> {
          Object nonce = response.getVaadinRequest().getAttribute(SecurityHeadersFilter.NONCE);
          if (nonce == null) {
            return;
          }
          for (Element script : response.getDocument().getElementsByTag("script")) {
            if (!script.hasAttr("src")) {
              script.attr("nonce", nonce.toString());
            }
          }
        });
  }
}
