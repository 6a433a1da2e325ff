package nl.provincie.ethiek.participation.analysis;

import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.server.cors.CrossOrigin;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import nl.provincie.ethiek.participation.participant.ParticipantResolver;
import nl.provincie.ethiek.servicekit.http.PublicRead;
import nl.provincie.ethiek.servicekit.problem.ProblemException;

@Controller("/api/v1/conversations/{id}/opinion-map")
@Tag(name = "Opinion map")
@Secured(SecurityRule.IS_ANONYMOUS)
class OpinionMapController {

  private final OpinionMaps maps;
  private final ParticipantResolver participants;

  OpinionMapController(OpinionMaps maps, ParticipantResolver participants) {
    this.maps = maps;
    this.participants = participants;
  }

  @CrossOrigin(
      allowedOriginsRegex = PublicRead.ANY_ORIGIN,
      allowedMethods = {HttpMethod.GET, HttpMethod.HEAD},
      allowCredentials = false)
  @Get
  @Operation(
      summary =
          "The latest opinion map: groups, representative statements, consensus, group centres"
              + " and an anonymous point cloud",
      description =
          "Recomputed in the background within about a second of new votes; tick grows. Positions"
              + " (groupCentres, points) are in the coordinates of /opinion-map/me; points carry"
              + " no participant ids and are at most 500.")
  @ApiResponse(
      responseCode = "200",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = OpinionMapView.class)))
  HttpResponse<String> map(UUID id) {
    return maps.latestMap(id)
        .map(json -> HttpResponse.ok(json).contentType(MediaType.APPLICATION_JSON_TYPE))
        .orElseThrow(() -> ProblemException.notFound("No opinion map yet for conversation " + id));
  }

  @Get("/me")
  @SecurityRequirement(name = "participantToken")
  @Operation(summary = "Where the resident (Participant-Token header) stands on the map")
  OpinionMapView.Position me(HttpRequest<?> request, UUID id) {
    return maps.positionOf(id, participants.requireIn(request, id).value())
        .orElseThrow(() -> ProblemException.notFound("You are not on the map of " + id + " yet"));
  }
}
