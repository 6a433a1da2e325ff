package nl.provincie.ethiek.cases.export.web;

import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.SerdeImport;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.UUID;
import nl.provincie.ethiek.cases.CaseRoles;
import nl.provincie.ethiek.cases.casefile.service.Actor;
import nl.provincie.ethiek.cases.casefile.service.CaseFiles;
import nl.provincie.ethiek.cases.catalogue.Catalogue;
import nl.provincie.ethiek.cases.export.AssessmentCard;
import nl.provincie.ethiek.cases.export.CaseReport;
import nl.provincie.ethiek.cases.export.FollowUpStatus;
import nl.provincie.ethiek.servicekit.security.Roles;

/** The case report (printable HTML) and the assessment card (JSON), for staff who may read it. */
@Controller("/api/v1/cases/{id}")
@Tag(name = "Exports")
@Secured({Roles.COMMISSION_MEMBER, Roles.SECRETARY, Roles.ETHICS_OFFICER, CaseRoles.VIEWER})
@SerdeImport(AssessmentCard.class)
@SerdeImport(AssessmentCard.TriageCard.class)
@SerdeImport(AssessmentCard.AiActCard.class)
@SerdeImport(AssessmentCard.InstrumentCard.class)
@SerdeImport(AssessmentCard.ValueCard.class)
@SerdeImport(AssessmentCard.AdviceCard.class)
@SerdeImport(AssessmentCard.DecisionCard.class)
@SerdeImport(FollowUpStatus.class)
@SerdeImport(FollowUpStatus.ActionLine.class)
class ExportController {

  private final CaseFiles cases;
  private final Catalogue catalogue;

  ExportController(CaseFiles cases, Catalogue catalogue) {
    this.cases = cases;
    this.catalogue = catalogue;
  }

  @Get("/report")
  @Produces(MediaType.TEXT_HTML + ";charset=utf-8")
  @Operation(summary = "The case report: one printable HTML page in Dutch")
  String report(UUID id, Authentication auth) {
    return CaseReport.render(cases.get(id, actor(auth)), catalogue);
  }

  @Get("/assessment-card")
  @Operation(summary = "The machine-readable assessment card (JSON)")
  AssessmentCard card(UUID id, Authentication auth) {
    return AssessmentCard.of(
        cases.get(id, actor(auth)), Instant.now().truncatedTo(ChronoUnit.SECONDS));
  }

  private static Actor actor(Authentication auth) {
    return new Actor(auth.getName(), Set.copyOf(auth.getRoles()));
  }
}
