package nl.provincie.ethiek.participation.conversation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.http.server.cors.CrossOrigin;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import nl.provincie.ethiek.participation.conversation.domain.Conversation;
import nl.provincie.ethiek.participation.conversation.domain.ConversationId;
import nl.provincie.ethiek.participation.conversation.domain.ConversationState;
import nl.provincie.ethiek.servicekit.http.PublicRead;
import nl.provincie.ethiek.servicekit.problem.ProblemException;
import nl.provincie.ethiek.servicekit.security.Roles;

@Controller("/api/v1/conversations")
@Tag(name = "Conversations")
class ConversationController {

  private final Conversations conversations;
  private final PendingStatements pending;

  ConversationController(Conversations conversations, PendingStatements pending) {
    this.conversations = conversations;
    this.pending = pending;
  }

  @CrossOrigin(
      allowedOriginsRegex = PublicRead.ANY_ORIGIN,
      allowedMethods = {HttpMethod.GET, HttpMethod.HEAD},
      allowCredentials = false)
  @Get
  @Secured(SecurityRule.IS_ANONYMOUS)
  @Operation(summary = "Open conversations, then those closed in the last 90 days")
  ConversationView.Page list() {
    var items = conversations.publicList().stream().map(ConversationView::of).toList();
    return new ConversationView.Page(items, items.size());
  }

  @Get("/all")
  @Secured(Roles.MODERATOR)
  @Operation(
      summary =
          "Every conversation, drafts included, with its count of statements awaiting moderation;"
              + " optionally only those of one case")
  ConversationView.Page all(@QueryValue @Nullable UUID caseId) {
    Map<ConversationId, Long> waiting = pending.perConversation();
    var items =
        conversations.all(Optional.ofNullable(caseId)).stream()
            .map(c -> ConversationView.of(c, waiting.getOrDefault(c.id(), 0L)))
            .toList();
    return new ConversationView.Page(items, items.size());
  }

  @CrossOrigin(
      allowedOriginsRegex = PublicRead.ANY_ORIGIN,
      allowedMethods = {HttpMethod.GET, HttpMethod.HEAD},
      allowCredentials = false)
  @Get("/{id}")
  @Secured(SecurityRule.IS_ANONYMOUS)
  @Operation(summary = "One conversation; drafts are not public")
  ConversationView get(UUID id) {
    return conversations
        .find(new ConversationId(id))
        .filter(c -> c.state() != ConversationState.DRAFT)
        .map(ConversationView::of)
        .orElseThrow(() -> ProblemException.notFound("No conversation " + id));
  }

  @Post
  @Status(HttpStatus.CREATED)
  @Secured(Roles.MODERATOR)
  @Operation(summary = "Create a draft conversation")
  HttpResponse<ConversationView> create(@Body @Valid ConversationRequest request) {
    Conversation created = conversations.create(request.toSettings());
    return HttpResponse.created(
        ConversationView.of(created), URI.create("/api/v1/conversations/" + created.id()));
  }

  @Put("/{id}")
  @Secured(Roles.MODERATOR)
  @Operation(summary = "Change a draft or open conversation's settings")
  ConversationView edit(UUID id, @Body @Valid ConversationRequest request) {
    return apply(id, cid -> conversations.edit(cid, request.toSettings()));
  }

  @Post("/{id}/open")
  @Secured(Roles.MODERATOR)
  @Operation(summary = "Open a draft conversation for residents")
  ConversationView open(UUID id) {
    return apply(id, conversations::open);
  }

  @Post("/{id}/close")
  @Secured(Roles.MODERATOR)
  @Operation(summary = "Stop taking votes and statements")
  ConversationView close(UUID id) {
    return apply(id, conversations::close);
  }

  private ConversationView apply(UUID id, Function<ConversationId, Optional<Conversation>> action) {
    return action
        .apply(new ConversationId(id))
        .map(ConversationView::of)
        .orElseThrow(() -> ProblemException.notFound("No conversation " + id));
  }
}
