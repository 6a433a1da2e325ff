package nl.provincie.ethiek.cases.export.web;

import io.micronaut.http.HttpMethod;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.server.cors.CrossOrigin;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.SerdeImport;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.provincie.ethiek.cases.casefile.service.Actor;
import nl.provincie.ethiek.cases.casefile.service.CaseFiles;
import nl.provincie.ethiek.cases.export.FollowUpStatus;
import nl.provincie.ethiek.cases.export.PublicCase;
import nl.provincie.ethiek.servicekit.http.PublicRead;
import nl.provincie.ethiek.servicekit.problem.ProblemException;

/**
 * The public view: public cases only, readable without signing in. The cases are read as the
 * anonymous actor (who may read PUBLIC cases only) and projected to {@link PublicCase}, which again
 * refuses anything not public; a non-public case answers 404 as if it did not exist.
 */
@CrossOrigin(
    allowedOriginsRegex = PublicRead.ANY_ORIGIN,
    allowedMethods = {HttpMethod.GET, HttpMethod.HEAD},
    allowCredentials = false)
@Controller("/api/v1/public/cases")
@Tag(name = "Public view")
@Secured(SecurityRule.IS_ANONYMOUS)
@SerdeImport(PublicCase.class)
@SerdeImport(PublicCase.PublicAdvice.class)
@SerdeImport(PublicCase.PublicDecision.class)
@SerdeImport(PublicCase.PublicParticipation.class)
class PublicCaseController {

  private final CaseFiles cases;

  PublicCaseController(CaseFiles cases) {
    this.cases = cases;
  }

  @Get
  @Operation(
      summary =
          "Public cases: question, advice, decision, follow-up status and the use of resident"
              + " conversations")
  Page list() {
    List<PublicCase> items =
        cases.all(Actor.ANONYMOUS).stream()
            .map(c -> PublicCase.of(c, today()))
            .flatMap(Optional::stream)
            .toList();
    return new Page(items, items.size());
  }

  @Get("/{id}")
  @Operation(summary = "One public case")
  PublicCase get(UUID id) {
    return cases
        .find(id, Actor.ANONYMOUS)
        .flatMap(c -> PublicCase.of(c, today()))
        .orElseThrow(() -> ProblemException.notFound("No public case " + id + "."));
  }

  private LocalDate today() {
    return LocalDate.ofInstant(cases.now(), FollowUpStatus.PROVINCE);
  }

  @Serdeable
  record Page(List<PublicCase> items, int total) {}
}
