package nl.provincie.ethiek.participation.statement;

import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.provincie.ethiek.participation.vote.store.VoteStore;

/**
 * Statements withdrawn before a withdrawal erased their text (docs/adr/0031) still hold it: at
 * start-up their text is erased and the votes on them deleted, as a withdrawal does now. Finds
 * nothing to do once done, so it is safe on every start and on several instances.
 */
@Singleton
class EarlierWithdrawals implements ApplicationEventListener<StartupEvent> {

  private final StatementRepository statements;
  private final VoteStore votes;

  EarlierWithdrawals(StatementRepository statements, VoteStore votes) {
    this.statements = statements;
    this.votes = votes;
  }

  @Override
  public void onApplicationEvent(StartupEvent event) {
    erase();
  }

  /** Returns how many statements still held their text. */
  @Transactional
  int erase() {
    votes.removeAllOn(statements.withdrawnEarlier());
    return statements.eraseWithdrawnEarlier();
  }
}
