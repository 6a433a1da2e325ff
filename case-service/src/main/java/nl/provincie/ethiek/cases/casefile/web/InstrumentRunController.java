package nl.provincie.ethiek.cases.casefile.web;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.Status;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.provincie.ethiek.cases.casefile.CaseRuleViolation;
import nl.provincie.ethiek.cases.casefile.EthicsCase;
import nl.provincie.ethiek.cases.casefile.Influence;
import nl.provincie.ethiek.cases.casefile.InstrumentRun;
import nl.provincie.ethiek.cases.casefile.service.Actor;
import nl.provincie.ethiek.cases.casefile.service.CaseFiles;
import nl.provincie.ethiek.cases.catalogue.Catalogue;
import nl.provincie.ethiek.servicekit.security.Roles;

/**
 * Instrument runs on a case: the catalogue instrument and version used, participants, step
 * responses with kept revisions, value assessments, dilemmas and fundamental-rights tests.
 */
@Controller("/api/v1/cases/{id}/instrument-runs")
@Tag(name = "Instrument runs")
@Secured({Roles.COMMISSION_MEMBER, Roles.SECRETARY, Roles.ETHICS_OFFICER})
class InstrumentRunController {

  private final CaseFiles cases;
  private final Catalogue catalogue;

  InstrumentRunController(CaseFiles cases, Catalogue catalogue) {
    this.cases = cases;
    this.catalogue = catalogue;
  }

  @Post
  @Status(HttpStatus.CREATED)
  @Operation(summary = "Start a run of a catalogue instrument (latest version unless one is named)")
  HttpResponse<CaseView> start(UUID id, @Body @Valid StartRun r, Authentication auth) {
    Catalogue.Instrument instrument =
        (r.version() == null
                ? catalogue.latest(r.instrumentId())
                : catalogue.instrument(r.instrumentId(), r.version()))
            .orElseThrow(
                () ->
                    new CaseRuleViolation(
                        "/instrumentId",
                        "The catalogue "
                            + catalogue.version()
                            + " has no instrument "
                            + r.instrumentId()
                            + (r.version() == null ? "" : " version " + r.version())
                            + "."));
    InstrumentRun run =
        new InstrumentRun(
            UUID.randomUUID(),
            instrument.id(),
            instrument.version(),
            r.facilitator(),
            r.participants() == null
                ? List.of()
                : r.participants().stream()
                    .map(p -> new InstrumentRun.Participant(p.name(), p.role(), p.discipline()))
                    .toList(),
            r.sessions(),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            cases.now());
    CaseView view =
        CaseView.of(
            cases.change(
                id,
                Callers.of(auth),
                "instrument run started: " + instrument.id() + " " + instrument.version(),
                c -> c.startRun(run)));
    return HttpResponse.created(
        view, URI.create("/api/v1/cases/" + id + "/instrument-runs/" + run.id()));
  }

  @Put("/{runId}/steps/{stepId}")
  @Operation(summary = "Answer a step; a new answer is a new revision, earlier ones are kept")
  CaseView step(
      UUID id, UUID runId, String stepId, @Body @Valid StepAnswer r, Authentication auth) {
    Actor actor = Callers.of(auth);
    return change(
        id,
        actor,
        "step " + stepId + " answered",
        c -> {
          instrumentOf(c, runId)
              .step(stepId)
              .orElseThrow(
                  () ->
                      new CaseRuleViolation(
                          "/stepId", "The instrument has no step " + stepId + "."));
          return c.reviseStep(
              runId, stepId, r.author() == null ? actor.name() : r.author(), r.text(), cases.now());
        });
  }

  @Post("/{runId}/values")
  @Operation(
      summary = "Record a value assessment: degree of negative influence, explanation, arguments")
  CaseView value(UUID id, UUID runId, @Body @Valid ValueBody r, Authentication auth) {
    return change(
        id,
        Callers.of(auth),
        "value assessed: " + r.value(),
        c -> {
          Catalogue.Instrument instrument = instrumentOf(c, runId);
          CaseRuleViolation.require(
              instrument.valueFrameworks().contains(r.framework()),
              "/framework",
              "Instrument " + instrument.id() + " uses " + instrument.valueFrameworks() + ".");
          Catalogue.ValueFramework framework = catalogue.framework(r.framework()).orElseThrow();
          var known = framework.value(r.value());
          CaseRuleViolation.require(
              known.isPresent() || framework.open(),
              "/value",
              "'" + r.value() + "' is not a value of " + framework.name() + ".");
          var assessment =
              new InstrumentRun.ValueAssessment(
                  UUID.randomUUID(),
                  framework.key(),
                  known.map(Catalogue.Value::id).orElse(null),
                  known.map(Catalogue.Value::name).orElse(r.value()),
                  known.isPresent(),
                  r.influence(),
                  r.explanation(),
                  r.argumentsFor(),
                  r.argumentsAgainst(),
                  r.disciplines());
          return c.assessValue(runId, assessment);
        });
  }

  @Post("/{runId}/dilemmas")
  @Operation(summary = "Record a dilemma: option A against option B and the harm of each")
  CaseView dilemma(UUID id, UUID runId, @Body @Valid DilemmaBody r, Authentication auth) {
    var dilemma =
        new InstrumentRun.Dilemma(
            UUID.randomUUID(),
            r.question(),
            r.optionA(),
            r.harmA(),
            r.optionB(),
            r.harmB(),
            r.conclusion());
    return change(id, Callers.of(auth), "dilemma recorded", c -> c.addDilemma(runId, dilemma));
  }

  @Post("/{runId}/rights-tests")
  @Operation(summary = "Record a fundamental-rights test (IAMA part 4 roadmap)")
  CaseView rightsTest(UUID id, UUID runId, @Body @Valid RightsBody r, Authentication auth) {
    var test =
        new InstrumentRun.RightsTest(
            UUID.randomUUID(),
            r.right(),
            r.specificLaw(),
            r.severity(),
            r.goals(),
            r.effectiveness(),
            r.necessity(),
            r.proportionality(),
            r.conclusion());
    return change(
        id, Callers.of(auth), "rights test: " + r.right(), c -> c.addRightsTest(runId, test));
  }

  private Catalogue.Instrument instrumentOf(EthicsCase c, UUID runId) {
    InstrumentRun run = c.assessment().run(runId);
    return catalogue.instrument(run.instrumentId(), run.instrumentVersion()).orElseThrow();
  }

  private CaseView change(
      UUID id,
      Actor actor,
      String action,
      java.util.function.Function<EthicsCase, nl.provincie.ethiek.cases.casefile.Changed> command) {
    return CaseView.of(cases.change(id, actor, action, command));
  }

  @Serdeable
  record ParticipantBody(String name, @NotBlank String role, @NotBlank String discipline) {}

  @Serdeable
  record StartRun(
      @NotBlank String instrumentId,
      String version,
      String facilitator,
      List<@NotNull @Valid ParticipantBody> participants,
      List<@NotNull LocalDate> sessions) {}

  @Serdeable
  record StepAnswer(String author, @NotBlank @Size(max = 20000) String text) {}

  @Serdeable
  record ValueBody(
      @NotBlank String framework,
      @NotBlank String value,
      Influence influence,
      @Size(max = 10000) String explanation,
      List<@NotNull String> argumentsFor,
      List<@NotNull String> argumentsAgainst,
      List<@NotNull String> disciplines) {}

  @Serdeable
  record DilemmaBody(
      @NotBlank String question,
      @NotBlank String optionA,
      String harmA,
      @NotBlank String optionB,
      String harmB,
      String conclusion) {}

  @Serdeable
  record RightsBody(
      @NotBlank String right,
      String specificLaw,
      String severity,
      String goals,
      String effectiveness,
      String necessity,
      String proportionality,
      String conclusion) {}
}
