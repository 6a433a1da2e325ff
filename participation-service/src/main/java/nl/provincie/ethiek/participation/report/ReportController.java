package nl.provincie.ethiek.participation.report;

import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.http.server.cors.CrossOrigin;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import nl.provincie.ethiek.participation.conversation.domain.ConversationId;
import nl.provincie.ethiek.participation.events.ReportPublished;
import nl.provincie.ethiek.servicekit.http.PublicRead;
import nl.provincie.ethiek.servicekit.problem.ProblemException;
import nl.provincie.ethiek.servicekit.security.Roles;

@Controller("/api/v1/conversations/{id}/report")
@Tag(name = "Reports")
class ReportController {

  private final Reports reports;

  ReportController(Reports reports) {
    this.reports = reports;
  }

  @Post
  @Status(HttpStatus.CREATED)
  @Secured(Roles.MODERATOR)
  @Operation(
      summary = "Publish the report of a closed conversation",
      description = "Computed from every vote on record and sent to the case service.")
  HttpResponse<ReportPublished> publish(UUID id) {
    return HttpResponse.created(reports.publish(new ConversationId(id)));
  }

  @CrossOrigin(
      allowedOriginsRegex = PublicRead.ANY_ORIGIN,
      allowedMethods = {HttpMethod.GET, HttpMethod.HEAD},
      allowCredentials = false)
  @Get
  @Secured(SecurityRule.IS_ANONYMOUS)
  @Operation(summary = "The published report")
  @ApiResponse(
      responseCode = "200",
      description = "The report as published (stored JSON)",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ReportPublished.class)))
  HttpResponse<String> report(UUID id) {
    return reports
        .report(new ConversationId(id))
        .map(json -> HttpResponse.ok(json).contentType(MediaType.APPLICATION_JSON_TYPE))
        .orElseThrow(() -> ProblemException.notFound("No published report for " + id));
  }
}
