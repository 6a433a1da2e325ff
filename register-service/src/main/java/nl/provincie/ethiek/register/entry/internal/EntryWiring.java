package nl.provincie.ethiek.register.entry.internal;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;
import nl.provincie.ethiek.register.entry.Entries;
import nl.provincie.ethiek.register.entry.EntryStore;
import nl.provincie.ethiek.register.entry.EventOutbox;
import nl.provincie.ethiek.register.entry.Transactions;

/** Builds the framework-free use cases from their adapters. */
@Factory
class EntryWiring {

  @Singleton
  Entries entries(EntryStore store, EventOutbox outbox, Transactions transactions) {
    return new Entries(store, outbox, transactions, Clock.systemUTC());
  }
}
