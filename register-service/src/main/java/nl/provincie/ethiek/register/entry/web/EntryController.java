package nl.provincie.ethiek.register.entry.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.RequestBean;
import io.micronaut.http.server.cors.CrossOrigin;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Optional;
import java.util.UUID;
import nl.provincie.ethiek.register.entry.web.EntryRequests.LifecycleRequest;
import nl.provincie.ethiek.register.entry.web.EntryViews.EntryDetail;
import nl.provincie.ethiek.register.entry.web.EntryViews.EntryPage;
import nl.provincie.ethiek.register.entry.web.EntryViews.History;
import nl.provincie.ethiek.register.entry.web.EntryViews.VersionDetail;
import nl.provincie.ethiek.servicekit.http.PublicRead;
import nl.provincie.ethiek.servicekit.security.Roles;

/** The whole register, algorithms and platforms together: search, detail, history, lifecycle. */
@CrossOrigin(
    allowedOriginsRegex = PublicRead.ANY_ORIGIN,
    allowedMethods = {HttpMethod.GET, HttpMethod.HEAD},
    allowCredentials = false)
@Controller("/api/v1/entries")
@Tag(name = "Register")
class EntryController {

  private final EntryReads reads;
  private final EntryWrites writes;

  EntryController(EntryReads reads, EntryWrites writes) {
    this.reads = reads;
    this.writes = writes;
  }

  @Get("{?filters*}")
  @Secured(SecurityRule.IS_ANONYMOUS)
  @Operation(
      summary =
          "Search the register: q (text), theme, status (PUBLISHED, ARCHIVED; DRAFT for editors),"
              + " useStatus, publicationCategory, kind (ALGORITHM, PLATFORM), organisation, page,"
              + " size")
  EntryPage search(@RequestBean SearchParameters filters, @Nullable Authentication who) {
    return reads.search(filters.toFilters(), Optional.empty(), Caller.of(who));
  }

  @Get("/{id}")
  @Secured(SecurityRule.IS_ANONYMOUS)
  @Operation(summary = "One entry with all its fields, its assessment and its national status")
  EntryDetail detail(UUID id, @Nullable Authentication who) {
    return reads.detail(id, Optional.empty(), Caller.of(who));
  }

  @Get("/{id}/history")
  @Secured(SecurityRule.IS_ANONYMOUS)
  @Operation(summary = "Every public version of an entry: when, what changed and why")
  History history(UUID id, @Nullable Authentication who) {
    return reads.history(id, Optional.empty(), Caller.of(who));
  }

  @Get("/{id}/history/{version}")
  @Secured(SecurityRule.IS_ANONYMOUS)
  @Operation(summary = "One version of an entry, with its content as it was")
  VersionDetail version(UUID id, long version, @Nullable Authentication who) {
    return reads.version(id, version, Caller.of(who));
  }

  @Post("/{id}/publish")
  @Secured(Roles.REGISTER_EDITOR)
  @Operation(summary = "Publish a draft; emits register.entry-published.v1")
  EntryDetail publish(UUID id, @Nullable @Body LifecycleRequest body, Authentication who) {
    return writes.publish(id, Optional.empty(), body, Caller.of(who));
  }

  @Post("/{id}/archive")
  @Secured(Roles.REGISTER_EDITOR)
  @Operation(summary = "Archive an entry (change note required); emits register.entry-archived.v1")
  EntryDetail archive(UUID id, @Nullable @Body LifecycleRequest body, Authentication who) {
    return writes.archive(id, Optional.empty(), body, Caller.of(who));
  }
}
