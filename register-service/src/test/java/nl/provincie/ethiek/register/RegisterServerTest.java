package nl.provincie.ethiek.register;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.util.Map;
import nl.provincie.ethiek.testsupport.ApiClient;
import nl.provincie.ethiek.testsupport.RealInfrastructure;
import org.junit.jupiter.api.BeforeEach;

/**
 * What the register's HTTP tests share: the service on a database of its own in the shared test
 * infrastructure, and a register editor's and an anonymous client of it. A subclass is a {@code
 * MicronautTest(transactional = false)} with one instance per class.
 */
public abstract class RegisterServerTest implements TestPropertyProvider {

  protected static final RealInfrastructure INFRA = RealInfrastructure.shared();

  @Inject protected EmbeddedServer server;
  protected ApiClient editor;
  protected ApiClient anonymous;

  @Override
  public Map<String, String> getProperties() {
    return INFRA.micronautProperties(INFRA.newDatabase("register"));
  }

  @BeforeEach
  protected final void clients() {
    editor = ApiClient.basic(server.getURL().toString(), "redacteur", "demo-redacteur");
    anonymous = ApiClient.anonymous(server.getURL().toString());
  }
}
