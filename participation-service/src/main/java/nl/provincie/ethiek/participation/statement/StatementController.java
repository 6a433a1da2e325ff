package nl.provincie.ethiek.participation.statement;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.http.server.cors.CrossOrigin;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.provincie.ethiek.participation.conversation.domain.ConversationId;
import nl.provincie.ethiek.participation.participant.ParticipantResolver;
import nl.provincie.ethiek.participation.statement.domain.Moderation;
import nl.provincie.ethiek.participation.statement.domain.Statement;
import nl.provincie.ethiek.servicekit.http.PublicRead;
import nl.provincie.ethiek.servicekit.problem.Problem;
import nl.provincie.ethiek.servicekit.problem.ProblemException;
import nl.provincie.ethiek.servicekit.problem.ProblemType;
import nl.provincie.ethiek.servicekit.security.Roles;

@Controller("/api/v1")
@Tag(name = "Statements")
class StatementController {

  private final Statements statements;
  private final ParticipantResolver participants;

  StatementController(Statements statements, ParticipantResolver participants) {
    this.statements = statements;
    this.participants = participants;
  }

  @CrossOrigin(
      allowedOriginsRegex = PublicRead.ANY_ORIGIN,
      allowedMethods = {HttpMethod.GET, HttpMethod.HEAD},
      allowCredentials = false)
  @Get("/conversations/{id}/statements")
  @Secured(SecurityRule.IS_ANONYMOUS)
  @Operation(summary = "The accepted statements of a conversation; a draft's are not public")
  StatementView.Page accepted(UUID id) {
    var items =
        statements
            .acceptedInPublic(new ConversationId(id))
            .orElseThrow(() -> ProblemException.notFound("No conversation " + id))
            .stream()
            .map(StatementView::of)
            .toList();
    return new StatementView.Page(items, items.size());
  }

  @Post("/conversations/{id}/statements")
  @SecurityRequirement(name = "participantToken")
  @Status(HttpStatus.CREATED)
  @Secured(SecurityRule.IS_ANONYMOUS)
  @Operation(
      summary = "Add a resident's statement (Participant-Token header)",
      description = "Pending until a moderator accepts it when moderation is strict.")
  HttpResponse<StatementView> submit(
      HttpRequest<?> request, UUID id, @Body @Valid StatementRequests.Submission body) {
    Statement statement =
        statements.submit(new ConversationId(id), participants.requireIn(request, id), body.text());
    return created(statement);
  }

  @Post("/conversations/{id}/statements/seed")
  @Status(HttpStatus.CREATED)
  @Secured(Roles.MODERATOR)
  @Operation(summary = "Seed a statement (accepted at once)")
  HttpResponse<StatementView> seed(UUID id, @Body @Valid StatementRequests.Seed body) {
    return created(statements.seed(new ConversationId(id), body.text(), body.meta()));
  }

  @Get("/conversations/{id}/moderation")
  @Secured(Roles.MODERATOR)
  @Operation(summary = "The moderation queue, a page at a time, with counts per state")
  StatementView.Queue queue(
      UUID id,
      @QueryValue @Nullable Moderation state,
      @QueryValue(defaultValue = "0") @Min(0) int page,
      @QueryValue(defaultValue = "20") @Min(1) @Max(200) int size) {
    Statements.QueuePage result =
        statements.queue(
            new ConversationId(id), state == null ? Moderation.PENDING : state, page, size);
    return new StatementView.Queue(
        result.items().stream().map(StatementView::of).toList(),
        page,
        size,
        result.pending(),
        result.accepted(),
        result.rejected());
  }

  @CrossOrigin(
      allowedOriginsRegex = PublicRead.ANY_ORIGIN,
      allowedMethods = {HttpMethod.GET, HttpMethod.HEAD},
      allowCredentials = false)
  @Get("/statements/{id}")
  @Secured(SecurityRule.IS_ANONYMOUS)
  @Operation(summary = "One accepted statement of a public conversation")
  StatementView get(UUID id) {
    return statements
        .findPublic(id)
        .map(StatementView::of)
        .orElseThrow(() -> ProblemException.notFound("No statement " + id));
  }

  @Post("/statements/{id}/accept")
  @Secured(Roles.MODERATOR)
  @Operation(summary = "Accept a statement")
  StatementView accept(UUID id) {
    return found(statements.accept(id), id);
  }

  @Post("/statements/{id}/reject")
  @Secured(Roles.MODERATOR)
  @Operation(summary = "Reject a statement, with the reason")
  StatementView reject(UUID id, @Body @Valid StatementRequests.Rejection body) {
    return found(statements.reject(id, body.reason().strip()), id);
  }

  @Post("/statements/{id}/meta")
  @Secured(Roles.MODERATOR)
  @Operation(summary = "Mark a statement as meta (about the conversation itself), or unmark it")
  StatementView meta(UUID id, @Body StatementRequests.Meta body) {
    if (body.meta() == null) {
      throw unreadable("/meta", "must be true or false");
    }
    return found(statements.markMeta(id, body.meta()), id);
  }

  /** The answer the strict JSON reading gives a value of the wrong type (docs/adr/0037). */
  private static ProblemException unreadable(String pointer, String reason) {
    return new ProblemException(
        ProblemType.MALFORMED_REQUEST,
        HttpStatus.BAD_REQUEST,
        "The request could not be read: send valid JSON of the documented shape.",
        List.of(new Problem.InvalidParam(pointer, reason)));
  }

  private static HttpResponse<StatementView> created(Statement statement) {
    return HttpResponse.created(
        StatementView.of(statement), URI.create("/api/v1/statements/" + statement.id()));
  }

  private static StatementView found(Optional<Statement> statement, UUID id) {
    return statement
        .map(StatementView::of)
        .orElseThrow(() -> ProblemException.notFound("No statement " + id));
  }
}
