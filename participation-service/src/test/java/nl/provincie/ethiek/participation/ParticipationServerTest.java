package nl.provincie.ethiek.participation;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.util.Map;
import nl.provincie.ethiek.testsupport.RealInfrastructure;

/**
 * What participation's HTTP tests share: the service on a database of its own in the shared test
 * infrastructure, and {@link Residents} to call it as residents and moderators do. A subclass is a
 * {@code MicronautTest(transactional = false)} with one instance per class.
 */
public abstract class ParticipationServerTest implements TestPropertyProvider {

  protected static final RealInfrastructure INFRA = RealInfrastructure.shared();

  /** The test's own database, named after {@code prefix}. */
  protected final String database;

  @Inject protected EmbeddedServer server;
  @Inject protected JsonMapper json;

  protected ParticipationServerTest() {
    this("participation");
  }

  protected ParticipationServerTest(String prefix) {
    database = INFRA.newDatabase(prefix);
  }

  @Override
  public Map<String, String> getProperties() {
    return INFRA.micronautProperties(database);
  }

  /** A client of the running service, as residents and the moderator use it. */
  protected Residents residents() {
    return new Residents(server.getURL().toString(), json, INFRA, database);
  }
}
