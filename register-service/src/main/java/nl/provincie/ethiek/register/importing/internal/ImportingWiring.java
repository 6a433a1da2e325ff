package nl.provincie.ethiek.register.importing.internal;

import io.micronaut.context.annotation.Factory;
import io.micronaut.serde.annotation.SerdeImport;
import jakarta.inject.Singleton;
import nl.provincie.ethiek.register.entry.Entries;
import nl.provincie.ethiek.register.importing.NationalListingImport;

/**
 * Builds the plain {@link NationalListingImport} as a bean, and lets Micronaut read and write its
 * records as JSON (the listing posted to the import, its report) without annotating them there.
 */
@Factory
@SerdeImport(NationalListingImport.Listing.class)
@SerdeImport(NationalListingImport.ListedEntry.class)
@SerdeImport(NationalListingImport.Rejected.class)
@SerdeImport(NationalListingImport.Report.class)
class ImportingWiring {

  @Singleton
  NationalListingImport nationalListingImport(Entries entries) {
    return new NationalListingImport(entries);
  }
}
