package nl.provincie.ethiek.participation.participant;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import nl.provincie.ethiek.participation.participant.domain.ParticipantId;
import nl.provincie.ethiek.participation.participant.domain.ParticipantTokens;

@Controller("/api/v1/participants")
@Tag(name = "Participants")
@Secured(SecurityRule.IS_ANONYMOUS)
class ParticipantController {

  private final ParticipantTokens tokens;
  private final Clock clock = Clock.systemUTC();

  ParticipantController(ParticipantTokens tokens) {
    this.tokens = tokens;
  }

  @Post
  @Status(HttpStatus.CREATED)
  @Operation(
      summary = "Issue a pseudonymous participant token",
      description =
          "No personal data is asked or stored. Send the token as the Participant-Token header.")
  HttpResponse<IssuedToken> issue() {
    return HttpResponse.created(
        new IssuedToken(tokens.issue(ParticipantId.random(), clock.instant())));
  }

  @Serdeable
  record IssuedToken(String token) {}
}
