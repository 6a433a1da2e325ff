package nl.provincie.ethiek.register.algorithm;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.UUID;
import nl.provincie.ethiek.servicekit.problem.ProblemException;
import nl.provincie.ethiek.servicekit.problem.ProblemType;
import nl.provincie.ethiek.servicekit.security.Roles;

@Controller("/api/v1/algorithms")
@Tag(name = "Algorithms")
class AlgorithmController {

  static final String INVALID_STATE = ProblemType.BASE + "invalid-entry-state";

  private final AlgorithmEntries entries;

  AlgorithmController(AlgorithmEntries entries) {
    this.entries = entries;
  }

  @Get
  @Secured(SecurityRule.IS_ANONYMOUS)
  @Operation(summary = "The published algorithm entries, newest first")
  AlgorithmEntryPage published() {
    var items = entries.published().stream().map(AlgorithmEntryView::of).toList();
    return new AlgorithmEntryPage(items, items.size());
  }

  @Get("/{id}")
  @Secured(SecurityRule.IS_ANONYMOUS)
  @Operation(summary = "One published algorithm entry")
  AlgorithmEntryView published(UUID id) {
    return entries
        .find(new AlgorithmEntryId(id))
        .filter(entry -> entry.status() == EntryStatus.PUBLISHED)
        .map(AlgorithmEntryView::of)
        .orElseThrow(() -> ProblemException.notFound("No published algorithm entry " + id));
  }

  @Post
  @Secured(Roles.REGISTER_EDITOR)
  @Operation(summary = "Create a draft algorithm entry")
  HttpResponse<AlgorithmEntryView> create(@Body @Valid NewAlgorithmEntry request) {
    AlgorithmEntry entry =
        entries.createDraft(request.name(), request.organisation(), request.description());
    return HttpResponse.created(
        AlgorithmEntryView.of(entry), URI.create("/api/v1/algorithms/" + entry.id()));
  }

  @Post("/{id}/publish")
  @Secured(Roles.REGISTER_EDITOR)
  @Operation(
      summary =
          "Publish a draft entry; other services are told through register.entry-published.v1")
  AlgorithmEntryView publish(UUID id) {
    try {
      return entries
          .publish(new AlgorithmEntryId(id))
          .map(AlgorithmEntryView::of)
          .orElseThrow(() -> ProblemException.notFound("No algorithm entry " + id));
    } catch (IllegalEntryStateException e) {
      throw new ProblemException(
          INVALID_STATE,
          HttpStatus.CONFLICT,
          "The entry is " + e.current() + "; only a DRAFT entry can be published.");
    }
  }
}
