package nl.provincie.ethiek.portal.security;

import com.github.mvysny.vaadinboot.VaadinBoot;
import org.eclipse.jetty.ee10.webapp.WebAppContext;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;

/**
 * Vaadin Boot with Jetty told to keep quiet about itself and to believe a proxy's {@code
 * X-Forwarded-Proto: https} (docs/adr/0044): no {@code Server} or {@code X-Powered-By} header, and
 * behind a TLS-terminating proxy the request counts as secure, so the session cookie gets Secure
 * and {@link SecurityHeadersFilter} sends HSTS.
 */
public class PortalBoot extends VaadinBoot {

  @Override
  protected void onStarted(WebAppContext context) {
    for (Connector connector : context.getServer().getConnectors()) {
      HttpConnectionFactory http = connector.getConnectionFactory(HttpConnectionFactory.class);
      if (http != null) {
        harden(http.getHttpConfiguration());
      }
    }
  }

  static void harden(HttpConfiguration configuration) {
    configuration.setSendServerVersion(false);
    configuration.setSendXPoweredBy(false);
    configuration.addCustomizer(new ForwardedProto());
  }
}
