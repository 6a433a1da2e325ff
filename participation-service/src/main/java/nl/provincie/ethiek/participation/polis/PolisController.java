package nl.provincie.ethiek.participation.polis;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.UUID;
import nl.provincie.ethiek.participation.conversation.domain.Conversation;
import nl.provincie.ethiek.participation.conversation.domain.ConversationId;
import nl.provincie.ethiek.servicekit.problem.ProblemException;
import nl.provincie.ethiek.servicekit.security.Roles;

/**
 * pol.is compatibility for moderators: import an export folder (comments.csv, then votes.csv) as a
 * draft conversation, and export any conversation in the same format. Exports hold pseudonymous
 * votes, so they are not public.
 */
@Controller("/api/v1/conversations")
@Tag(name = "pol.is import and export")
@Secured(Roles.MODERATOR)
class PolisController {

  private static final MediaType CSV = MediaType.of("text/csv");

  private final PolisImports imports;
  private final PolisExports exports;

  PolisController(PolisImports imports, PolisExports exports) {
    this.imports = imports;
    this.exports = exports;
  }

  @Serdeable
  record Imported(UUID id, String state) {}

  @Serdeable
  record ImportedVotes(UUID id, int votes) {}

  @Post("/import/polis")
  @Status(HttpStatus.CREATED)
  @Consumes("text/csv")
  @Operation(summary = "Create a draft conversation from a pol.is comments.csv")
  HttpResponse<Imported> importComments(
      @QueryValue @NotBlank @Size(max = 200) String topic,
      @QueryValue(defaultValue = "Geïmporteerd uit pol.is") @Size(max = 4000) String description,
      @Body String commentsCsv) {
    Conversation conversation = imports.importComments(topic, description, commentsCsv);
    return HttpResponse.created(
        new Imported(conversation.id().value(), conversation.state().name()));
  }

  @Post("/{id}/import/polis-votes")
  @Consumes("text/csv")
  @Operation(summary = "Add a pol.is votes.csv to the draft conversation made from its comments")
  ImportedVotes importVotes(UUID id, HttpRequest<?> request, @Body InputStream votesCsv) {
    // streamed: the body is read as it arrives, never held whole (docs/adr/0056)
    try (InputStream body = votesCsv) {
      return new ImportedVotes(
          id, imports.importVotes(new ConversationId(id), body, request.getContentLength()));
    } catch (IOException e) {
      throw new UncheckedIOException("The request body could not be closed", e);
    }
  }

  @Get("/{id}/export/polis/{file}")
  @Operation(summary = "comments.csv, votes.csv, participants-votes.csv or summary.csv")
  HttpResponse<String> export(UUID id, String file) {
    PolisExports.File which =
        PolisExports.File.named(file)
            .orElseThrow(() -> ProblemException.notFound("No export file " + file));
    return HttpResponse.ok(exports.export(new ConversationId(id), which)).contentType(CSV);
  }
}
