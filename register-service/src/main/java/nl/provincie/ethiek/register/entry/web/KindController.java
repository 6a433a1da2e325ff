package nl.provincie.ethiek.register.entry.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.RequestBean;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import java.net.URI;
import java.util.Optional;
import java.util.UUID;
import nl.provincie.ethiek.register.entry.Entry;
import nl.provincie.ethiek.register.entry.EntryKind;
import nl.provincie.ethiek.register.entry.web.EntryRequests.LifecycleRequest;
import nl.provincie.ethiek.register.entry.web.EntryViews.EntryDetail;
import nl.provincie.ethiek.register.entry.web.EntryViews.EntryPage;
import nl.provincie.ethiek.register.entry.web.EntryViews.History;
import nl.provincie.ethiek.servicekit.security.Roles;

/**
 * What the algorithm and the platform register share: the read API of /api/v1/entries limited to
 * one kind, and publishing and archiving. Each subclass names its path and tag, and takes its own
 * request body for creating and revising, so each kind's body is checked strictly.
 */
abstract class KindController {

  private final Optional<EntryKind> kind;
  private final String path;
  final EntryReads reads;
  final EntryWrites writes;

  KindController(EntryKind kind, String path, EntryReads reads, EntryWrites writes) {
    this.kind = Optional.of(kind);
    this.path = path;
    this.reads = reads;
    this.writes = writes;
  }

  @Get("{?filters*}")
  @Secured(SecurityRule.IS_ANONYMOUS)
  @Operation(
      summary = "Published entries of this kind, newest first; the filters of /api/v1/entries")
  EntryPage published(@RequestBean SearchParameters filters, @Nullable Authentication who) {
    return reads.search(filters.toFilters(), kind, Caller.of(who));
  }

  @Get("/{id}")
  @Secured(SecurityRule.IS_ANONYMOUS)
  @Operation(summary = "One entry of this kind")
  EntryDetail detail(UUID id, @Nullable Authentication who) {
    return reads.detail(id, kind, Caller.of(who));
  }

  @Get("/{id}/history")
  @Secured(SecurityRule.IS_ANONYMOUS)
  @Operation(summary = "Every public version of the entry: when, what changed and why")
  History history(UUID id, @Nullable Authentication who) {
    return reads.history(id, kind, Caller.of(who));
  }

  @Post("/{id}/publish")
  @Secured(Roles.REGISTER_EDITOR)
  @Operation(summary = "Publish a draft; emits register.entry-published.v1")
  EntryDetail publish(UUID id, @Nullable @Body LifecycleRequest body, Authentication who) {
    return writes.publish(id, kind, body, Caller.of(who));
  }

  @Post("/{id}/archive")
  @Secured(Roles.REGISTER_EDITOR)
  @Operation(summary = "Archive the entry (changeNote required)")
  EntryDetail archive(UUID id, @Nullable @Body LifecycleRequest body, Authentication who) {
    return writes.archive(id, kind, body, Caller.of(who));
  }

  /** 201 with the new draft and its address under this kind's path. */
  HttpResponse<EntryDetail> created(EntryForm form, Authentication who) {
    Entry entry = writes.create(form, Caller.of(who));
    return HttpResponse.created(EntryDetail.of(entry), URI.create(path + "/" + entry.id()));
  }

  EntryDetail revised(UUID id, EntryForm form, Authentication who) {
    return writes.revise(id, form, Caller.of(who));
  }
}
