package nl.provincie.ethiek.cases.maturity.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.SerdeImport;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.provincie.ethiek.cases.CaseRoles;
import nl.provincie.ethiek.cases.catalogue.Catalogue;
import nl.provincie.ethiek.cases.maturity.MaturityScan;
import nl.provincie.ethiek.cases.maturity.MaturityScores;
import nl.provincie.ethiek.cases.maturity.ScanComparison;
import nl.provincie.ethiek.cases.maturity.store.MaturityScans;
import nl.provincie.ethiek.servicekit.problem.ProblemException;
import nl.provincie.ethiek.servicekit.security.Roles;

/** ODI Data Ethics Maturity Model scans per organisation and year, and their comparison. */
@Controller("/api/v1/maturity")
@Tag(name = "Organisation maturity")
@Secured({Roles.COMMISSION_MEMBER, Roles.SECRETARY, Roles.ETHICS_OFFICER, CaseRoles.VIEWER})
@SerdeImport(MaturityScores.class)
@SerdeImport(MaturityScores.ThemeScore.class)
@SerdeImport(ScanComparison.class)
@SerdeImport(ScanComparison.Side.class)
@SerdeImport(ScanComparison.Change.class)
@SerdeImport(ScanComparison.ThemeChange.class)
@SerdeImport(ScanComparison.QuestionChange.class)
class MaturityController {

  private final MaturityScans scans;
  private final Catalogue catalogue;

  MaturityController(MaturityScans scans, Catalogue catalogue) {
    this.scans = scans;
    this.catalogue = catalogue;
  }

  @Post("/scans")
  @Status(HttpStatus.CREATED)
  @Secured({Roles.COMMISSION_MEMBER, Roles.SECRETARY, Roles.ETHICS_OFFICER})
  @Operation(summary = "Record an organisation's scan for a year: a level for every question")
  HttpResponse<ScanView> record(@Body @Valid RecordScan r, Authentication auth) {
    MaturityScan scan =
        MaturityScan.record(
            catalogue.maturityModel(),
            UUID.randomUUID(),
            r.organisation(),
            r.year(),
            r.answers().stream()
                .map(a -> new MaturityScan.Answer(a.questionId(), a.level(), a.note()))
                .toList(),
            auth.getName(),
            Instant.now().truncatedTo(ChronoUnit.MICROS));
    scans.add(scan);
    return HttpResponse.created(view(scan), URI.create("/api/v1/maturity/scans/" + scan.id()));
  }

  @Get("/scans")
  @Operation(summary = "Scans with their theme scores, optionally of one organisation")
  List<ScanView> list(@QueryValue @Nullable String organisation) {
    return scans.list(Optional.ofNullable(organisation)).stream().map(this::view).toList();
  }

  @Get("/scans/{id}")
  @Operation(summary = "One scan: its answers and its scores per theme")
  ScanView get(UUID id) {
    return view(scan(id));
  }

  @Get("/comparison")
  @Operation(summary = "Compare two scans per theme and question: before, after, change")
  ScanComparison compare(@QueryValue UUID before, @QueryValue UUID after) {
    return ScanComparison.of(catalogue.maturityModel(), scan(before), scan(after));
  }

  private MaturityScan scan(UUID id) {
    return scans.find(id).orElseThrow(() -> ProblemException.notFound("No scan " + id + "."));
  }

  private ScanView view(MaturityScan scan) {
    return new ScanView(scan, MaturityScores.of(catalogue.maturityModel(), scan));
  }

  @Serdeable
  record ScanView(MaturityScan scan, MaturityScores scores) {}

  @Serdeable
  record RecordScan(
      @NotBlank @Size(max = 200) String organisation,
      @NotNull @Min(2000) @Max(2100) Integer year,
      @NotNull @Size(min = 1, max = 100) List<@NotNull @Valid AnswerBody> answers) {}

  @Serdeable
  record AnswerBody(@NotBlank String questionId, int level, @Size(max = 4000) String note) {}
}
