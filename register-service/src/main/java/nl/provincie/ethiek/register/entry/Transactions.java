package nl.provincie.ethiek.register.entry;

import java.util.function.Supplier;

/** Runs the use cases in database transactions (port; entry.internal implements it). */
public interface Transactions {

  /** Runs {@code work} in the caller's transaction, or in a new one if there is none. */
  <T> T required(Supplier<T> work);

  /** Runs {@code work} in the caller's transaction; fails if there is none. */
  void mandatory(Runnable work);
}
