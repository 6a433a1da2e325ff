package nl.provincie.ethiek.register.entry.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.RequestBean;
import io.micronaut.http.annotation.Status;
import io.micronaut.http.server.cors.CrossOrigin;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import java.net.URI;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import nl.provincie.ethiek.register.entry.Entry;
import nl.provincie.ethiek.register.entry.EntryKind;
import nl.provincie.ethiek.register.entry.web.EntryRequests.LifecycleRequest;
import nl.provincie.ethiek.register.entry.web.EntryViews.EntryDetail;
import nl.provincie.ethiek.register.entry.web.EntryViews.EntryPage;
import nl.provincie.ethiek.register.entry.web.EntryViews.History;
import nl.provincie.ethiek.servicekit.http.PublicRead;
import nl.provincie.ethiek.servicekit.security.Roles;

/**
 * The register of one kind, written once for both: the read API of /api/v1/entries limited to the
 * kind, creating and revising with the kind's own request body {@code R}, publishing and archiving.
 * {@link AlgorithmController} and {@link PlatformController} only name the kind, its path, its
 * OpenAPI tag and its body type; Micronaut binds {@code R} to that type, so each kind's body is
 * read strictly, and the OpenAPI document names AlgorithmRequest or PlatformRequest per path.
 * Public reads may come from any site (GET and HEAD, without credentials; inherited by both).
 */
@CrossOrigin(
    allowedOriginsRegex = PublicRead.ANY_ORIGIN,
    allowedMethods = {HttpMethod.GET, HttpMethod.HEAD},
    allowCredentials = false)
abstract class KindController<R> {

  private final Optional<EntryKind> kind;
  private final String path;
  private final Function<R, EntryForm> form;
  private final EntryReads reads;
  private final EntryWrites writes;

  KindController(
      EntryKind kind,
      String path,
      Function<R, EntryForm> form,
      EntryReads reads,
      EntryWrites writes) {
    this.kind = Optional.of(kind);
    this.path = path;
    this.form = form;
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

  @Post
  @Status(HttpStatus.CREATED)
  @Secured(Roles.REGISTER_EDITOR)
  @Operation(summary = "Create a draft entry of this kind")
  HttpResponse<EntryDetail> create(@Body R request, Authentication who) {
    Entry entry = writes.create(form.apply(request), Caller.of(who));
    return HttpResponse.created(EntryDetail.of(entry), URI.create(path + "/" + entry.id()));
  }

  @Put("/{id}")
  @Secured(Roles.REGISTER_EDITOR)
  @Operation(summary = "Store a new version (changeNote required); published entries stay public")
  EntryDetail revise(UUID id, @Body R request, Authentication who) {
    return writes.revise(id, form.apply(request), Caller.of(who));
  }
}
