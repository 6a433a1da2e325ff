package nl.provincie.ethiek.register.delivery;

import java.util.function.BooleanSupplier;
import nl.provincie.ethiek.register.entry.Entry;
import nl.provincie.ethiek.register.entry.EntryStatus;

/**
 * When an entry may be queued for the national register (docs/adr/0024): delivery must be
 * configured, a delivery or release needs a published entry, a release or retraction needs a
 * registration there (a LARS, or a delivery still queued that will bring one).
 */
public final class Deliverability {

  private Deliverability() {}

  public static void requireConfigured(boolean deliveryEnabled) {
    if (!deliveryEnabled) {
      throw new NotDeliverableException(
          "Delivery to the national register is not configured here; use the dry run export.");
    }
  }

  public static void requirePublished(Entry entry) {
    if (entry.status() != EntryStatus.PUBLISHED) {
      throw new NotDeliverableException(
          "Only published entries go to the national register; this one is "
              + entry.status()
              + ".");
    }
  }

  /** {@code upsertPending} is asked only when the entry has no LARS yet. */
  public static void requireDelivered(Entry entry, BooleanSupplier upsertPending) {
    if (entry.lars().isEmpty() && !upsertPending.getAsBoolean()) {
      throw new NotDeliverableException(
          "The entry has not been delivered to the national register yet.");
    }
  }
}
