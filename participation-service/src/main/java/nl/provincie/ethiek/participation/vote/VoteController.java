package nl.provincie.ethiek.participation.vote;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import nl.provincie.ethiek.participation.conversation.domain.ConversationId;
import nl.provincie.ethiek.participation.events.ParticipationWithdrawn;
import nl.provincie.ethiek.participation.participant.ParticipantResolver;
import nl.provincie.ethiek.participation.participant.domain.ParticipantId;
import nl.provincie.ethiek.participation.statement.domain.Statement;
import nl.provincie.ethiek.participation.vote.domain.VoteValue;
import nl.provincie.ethiek.servicekit.problem.Problem;
import nl.provincie.ethiek.servicekit.problem.ProblemException;
import nl.provincie.ethiek.servicekit.problem.ProblemType;

/** What a resident does in a conversation; every call carries the Participant-Token header. */
@Controller("/api/v1/conversations/{id}")
@Tag(name = "Votes")
@Secured(SecurityRule.IS_ANONYMOUS)
class VoteController {

  private final Votes votes;
  private final ParticipantResolver participants;

  VoteController(Votes votes, ParticipantResolver participants) {
    this.votes = votes;
    this.participants = participants;
  }

  @Serdeable
  record VoteRequest(@NotNull UUID statementId, @NotNull String vote, @NotNull UUID requestId) {}

  @Serdeable
  record VoteView(UUID statementId, VoteValue vote) {}

  @Serdeable
  record NextView(NextStatement statement, int voted, int total, boolean done) {}

  @Serdeable
  record NextStatement(UUID id, int number, String text, boolean meta) {}

  @Serdeable
  record MyVotes(List<VoteView> items, int total) {}

  @Serdeable
  record Withdrawal(int votesRemoved, int statementsWithdrawn) {}

  @Post("/votes")
  @SecurityRequirement(name = "participantToken")
  @ApiResponse(
      responseCode = "201",
      description = "The vote is counted",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = VoteView.class)))
  @ApiResponse(
      responseCode = "200",
      description = "A replay: the vote stored for this requestId",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = VoteView.class)))
  @Operation(
      summary = "Vote agree, disagree or pass on a statement",
      description =
          "requestId makes the call idempotent: repeating a request with the same requestId changes"
              + " nothing and answers 200 instead of 201 with the vote as stored. The same"
              + " requestId with another statement, vote or conversation is refused with 422"
              + " (type .../idempotency-key-reused) and stores nothing. The latest vote per"
              + " statement counts.")
  CompletableFuture<HttpResponse<VoteView>> cast(
      HttpRequest<?> request, UUID id, @Body @Valid VoteRequest body) {
    ParticipantId participant = participants.requireIn(request, id);
    VoteValue value =
        VoteValue.parse(body.vote())
            .orElseThrow(
                () ->
                    new ProblemException(
                        ProblemType.VALIDATION,
                        HttpStatus.BAD_REQUEST,
                        "vote must be agree, disagree or pass.",
                        List.of(
                            new Problem.InvalidParam("/vote", "must be agree, disagree or pass"))));
    return votes
        .cast(new ConversationId(id), participant, body.statementId(), value, body.requestId())
        .thenApply(
            cast -> {
              VoteView view = new VoteView(cast.statementId(), cast.vote());
              return cast.counted() ? HttpResponse.created(view) : HttpResponse.ok(view);
            });
  }

  @Get("/next-statement")
  @SecurityRequirement(name = "participantToken")
  @Operation(
      summary = "The statement to show next and the progress",
      description = "statement is null and done is true when the participant has voted on all.")
  NextView next(HttpRequest<?> request, UUID id) {
    Votes.Next next = votes.next(new ConversationId(id), participants.requireIn(request, id));
    NextStatement statement = next.statement().map(VoteController::view).orElse(null);
    return new NextView(statement, next.voted(), next.total(), statement == null);
  }

  @Get("/my-votes")
  @SecurityRequirement(name = "participantToken")
  @Operation(summary = "The participant's own counting votes in this conversation")
  MyVotes mine(HttpRequest<?> request, UUID id) {
    List<VoteView> items =
        votes.mine(new ConversationId(id), participants.requireIn(request, id)).entrySet().stream()
            .map(e -> new VoteView(e.getKey(), e.getValue()))
            .toList();
    return new MyVotes(items, items.size());
  }

  @Delete("/participation")
  @SecurityRequirement(name = "participantToken")
  @Operation(summary = "Remove my participation: my votes are deleted, my statements withdrawn")
  Withdrawal withdraw(HttpRequest<?> request, UUID id) {
    ParticipationWithdrawn done =
        votes.withdraw(new ConversationId(id), participants.requireIn(request, id));
    return new Withdrawal(done.votesRemoved(), done.statementsWithdrawn());
  }

  private static NextStatement view(Statement s) {
    return new NextStatement(s.id(), s.number(), s.text().value(), s.meta());
  }
}
