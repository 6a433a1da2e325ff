package nl.provincie.ethiek.register.entry.internal;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.util.function.Supplier;
import nl.provincie.ethiek.register.entry.Transactions;

/** The use cases' transactions, as the default data source's (docs/adr/0004). */
@Singleton
class DatabaseTransactions implements Transactions {

  @Override
  @Transactional
  public <T> T required(Supplier<T> work) {
    return work.get();
  }

  @Override
  @Transactional(Transactional.TxType.MANDATORY)
  public void mandatory(Runnable work) {
    work.run();
  }
}
