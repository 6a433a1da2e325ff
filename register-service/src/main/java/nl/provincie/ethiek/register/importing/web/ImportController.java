package nl.provincie.ethiek.register.importing.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Optional;
import nl.provincie.ethiek.register.importing.NationalListingImport;
import nl.provincie.ethiek.servicekit.security.Roles;

/** Import of existing registrations; register editors only. */
@Controller("/api/v1/imports")
@Tag(name = "Import")
@Secured(Roles.REGISTER_EDITOR)
class ImportController {

  private final NationalListingImport listingImport;

  ImportController(NationalListingImport listingImport) {
    this.listingImport = listingImport;
  }

  @Post("/national-listing{?organisation}")
  @Operation(
      summary =
          "Import the public listing of the national register (provincie-entries-2026.json shape),"
              + " optionally one organisation; entries already imported are skipped")
  NationalListingImport.Report importListing(
      @Body NationalListingImport.Listing listing, @Nullable @QueryValue String organisation) {
    return listingImport.run(listing, Optional.ofNullable(organisation));
  }
}
