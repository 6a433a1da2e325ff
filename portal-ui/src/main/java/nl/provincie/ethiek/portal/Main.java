package nl.provincie.ethiek.portal;

import nl.provincie.ethiek.portal.security.PortalBoot;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Starts the portal on embedded Jetty; run it from the packaged jar (production mode). */
public final class Main {

  private static final Logger LOG = LoggerFactory.getLogger(Main.class);

  private Main() {}

  public static void main(String[] args) throws Exception {
    PortalConfig config = PortalConfig.fromEnvironment();
    ManifestClassPath.expandSystemProperty();
    LOG.info(
        "Portal on port {}, register service at {}, participation service at {}, case service at"
            + " {}",
        config.port(),
        config.registerServiceUrl(),
        config.participationServiceUrl(),
        config.caseServiceUrl());
    new PortalBoot().withPort(config.port()).run();
  }
}
