package nl.provincie.ethiek.register.entry.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
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
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.Optional;
import java.util.UUID;
import nl.provincie.ethiek.register.entry.Entry;
import nl.provincie.ethiek.register.entry.EntryKind;
import nl.provincie.ethiek.register.entry.web.EntryRequests.AlgorithmRequest;
import nl.provincie.ethiek.register.entry.web.EntryRequests.LifecycleRequest;
import nl.provincie.ethiek.register.entry.web.EntryViews.EntryDetail;
import nl.provincie.ethiek.register.entry.web.EntryViews.EntryPage;
import nl.provincie.ethiek.register.entry.web.EntryViews.History;
import nl.provincie.ethiek.servicekit.http.PublicRead;
import nl.provincie.ethiek.servicekit.security.Roles;

/**
 * The algorithm register: the same read API as /api/v1/entries limited to algorithms, and writes.
 */
@CrossOrigin(
    allowedOriginsRegex = PublicRead.ANY_ORIGIN,
    allowedMethods = {HttpMethod.GET, HttpMethod.HEAD},
    allowCredentials = false)
@Controller("/api/v1/algorithms")
@Tag(name = "Algorithms")
class AlgorithmController {

  private static final Optional<EntryKind> KIND = Optional.of(EntryKind.ALGORITHM);

  private final EntryReads reads;
  private final EntryWrites writes;

  AlgorithmController(EntryReads reads, EntryWrites writes) {
    this.reads = reads;
    this.writes = writes;
  }

  @Get("{?filters*}")
  @Secured(SecurityRule.IS_ANONYMOUS)
  @Operation(summary = "Published algorithms, newest first; the same filters as /api/v1/entries")
  EntryPage published(@RequestBean SearchParameters filters, @Nullable Authentication who) {
    return reads.search(filters.toFilters(), KIND, Caller.of(who));
  }

  @Get("/{id}")
  @Secured(SecurityRule.IS_ANONYMOUS)
  @Operation(summary = "One algorithm entry")
  EntryDetail detail(UUID id, @Nullable Authentication who) {
    return reads.detail(id, KIND, Caller.of(who));
  }

  @Get("/{id}/history")
  @Secured(SecurityRule.IS_ANONYMOUS)
  @Operation(summary = "Every public version of the entry: when, what changed and why")
  History history(UUID id, @Nullable Authentication who) {
    return reads.history(id, KIND, Caller.of(who));
  }

  @Post
  @Status(HttpStatus.CREATED)
  @Secured(Roles.REGISTER_EDITOR)
  @Operation(summary = "Create a draft algorithm entry")
  HttpResponse<EntryDetail> create(@Body AlgorithmRequest request, Authentication who) {
    Entry entry = writes.create(EntryForm.of(request), Caller.of(who));
    return HttpResponse.created(
        EntryDetail.of(entry), URI.create("/api/v1/algorithms/" + entry.id()));
  }

  @Put("/{id}")
  @Secured(Roles.REGISTER_EDITOR)
  @Operation(summary = "Store a new version (changeNote required); published entries stay public")
  EntryDetail revise(UUID id, @Body AlgorithmRequest request, Authentication who) {
    return writes.revise(id, EntryForm.of(request), Caller.of(who));
  }

  @Post("/{id}/publish")
  @Secured(Roles.REGISTER_EDITOR)
  @Operation(summary = "Publish a draft; emits register.entry-published.v1")
  EntryDetail publish(UUID id, @Nullable @Body LifecycleRequest body, Authentication who) {
    return writes.publish(id, KIND, body, Caller.of(who));
  }

  @Post("/{id}/archive")
  @Secured(Roles.REGISTER_EDITOR)
  @Operation(summary = "Archive the entry (changeNote required)")
  EntryDetail archive(UUID id, @Nullable @Body LifecycleRequest body, Authentication who) {
    return writes.archive(id, KIND, body, Caller.of(who));
  }
}
