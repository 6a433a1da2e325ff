package nl.provincie.ethiek.participation.participant;

import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Before the service answers anyone: rewrites the rows stored under a token's own id (before
 * docs/adr/0031) to the resident's pseudonym in each conversation, so their votes, statements and
 * removal keep working. Runs once per database; the other instances wait on its lock and skip it.
 */
@Singleton
class PseudonymMigration implements ApplicationEventListener<StartupEvent> {

  private static final Logger LOG = LoggerFactory.getLogger(PseudonymMigration.class);

  private final PseudonymMigrationStore store;

  PseudonymMigration(PseudonymMigrationStore store) {
    this.store = store;
  }

  @Override
  public void onApplicationEvent(StartupEvent event) {
    int rewritten = store.migrateOnce();
    if (rewritten > 0) {
      LOG.info("Moved {} residents' rows to a pseudonym per conversation", rewritten);
    }
  }
}
