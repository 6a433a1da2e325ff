package nl.provincie.ethiek.register.entry.web;

import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.Status;
import io.micronaut.http.server.cors.CrossOrigin;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import nl.provincie.ethiek.register.entry.EntryKind;
import nl.provincie.ethiek.register.entry.web.EntryRequests.AlgorithmRequest;
import nl.provincie.ethiek.register.entry.web.EntryViews.EntryDetail;
import nl.provincie.ethiek.servicekit.http.PublicRead;
import nl.provincie.ethiek.servicekit.security.Roles;

/** The algorithm register: the reads and lifecycle of {@link KindController}, and its writes. */
@CrossOrigin(
    allowedOriginsRegex = PublicRead.ANY_ORIGIN,
    allowedMethods = {HttpMethod.GET, HttpMethod.HEAD},
    allowCredentials = false)
@Controller("/api/v1/algorithms")
@Tag(name = "Algorithms")
class AlgorithmController extends KindController {

  AlgorithmController(EntryReads reads, EntryWrites writes) {
    super(EntryKind.ALGORITHM, "/api/v1/algorithms", reads, writes);
  }

  @Post
  @Status(HttpStatus.CREATED)
  @Secured(Roles.REGISTER_EDITOR)
  @Operation(summary = "Create a draft algorithm entry")
  HttpResponse<EntryDetail> create(@Body AlgorithmRequest request, Authentication who) {
    return created(EntryForm.of(request), who);
  }

  @Put("/{id}")
  @Secured(Roles.REGISTER_EDITOR)
  @Operation(summary = "Store a new version (changeNote required); published entries stay public")
  EntryDetail revise(UUID id, @Body AlgorithmRequest request, Authentication who) {
    return revised(id, EntryForm.of(request), who);
  }
}
