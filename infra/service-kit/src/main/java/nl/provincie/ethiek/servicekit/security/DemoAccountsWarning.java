package nl.provincie.ethiek.servicekit.security;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import jakarta.annotation.PostConstruct;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Says loudly at start-up that the documented demo accounts (public passwords) are accepted, so
 * nobody runs a real deployment with them by accident.
 */
@Context
@Requires(property = "platform.demo-accounts.enabled", value = "true")
class DemoAccountsWarning {

  private static final Logger LOG = LoggerFactory.getLogger(DemoAccountsWarning.class);

  @PostConstruct
  void warn() {
    LOG.warn(
        "Demo accounts are ON: anyone can sign in with the documented public passwords. Set"
            + " DEMO_ACCOUNTS_ENABLED=false for any deployment other than local use.");
  }
}
