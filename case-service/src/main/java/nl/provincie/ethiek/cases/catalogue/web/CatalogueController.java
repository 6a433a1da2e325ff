package nl.provincie.ethiek.cases.catalogue.web;

import io.micronaut.http.HttpMethod;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.server.cors.CrossOrigin;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import nl.provincie.ethiek.cases.catalogue.AiActTree;
import nl.provincie.ethiek.cases.catalogue.Catalogue;
import nl.provincie.ethiek.cases.catalogue.MaturityModel;
import nl.provincie.ethiek.servicekit.http.PublicRead;
import nl.provincie.ethiek.servicekit.problem.ProblemException;

/** The catalogue is public knowledge about methods, readable by anyone. */
@CrossOrigin(
    allowedOriginsRegex = PublicRead.ANY_ORIGIN,
    allowedMethods = {HttpMethod.GET, HttpMethod.HEAD},
    allowCredentials = false)
@Controller("/api/v1/catalogue")
@Tag(name = "Instrument catalogue")
@Secured(SecurityRule.IS_ANONYMOUS)
class CatalogueController {

  private final Catalogue catalogue;

  CatalogueController(Catalogue catalogue) {
    this.catalogue = catalogue;
  }

  @Get
  @Operation(summary = "The catalogue version, its instruments (id, version, steps) and frameworks")
  Summary summary() {
    return new Summary(
        catalogue.version(),
        catalogue.instruments().stream()
            .map(
                i ->
                    new InstrumentSummary(
                        i.id(),
                        i.version(),
                        i.name(),
                        i.kind(),
                        i.steps().size(),
                        i.valueFrameworks()))
            .toList(),
        catalogue.valueFrameworks().stream()
            .map(f -> new FrameworkSummary(f.key(), f.name(), f.open(), f.values().size()))
            .toList());
  }

  @Get("/instruments/{id}/{version}")
  @Operation(summary = "One instrument version with its steps")
  Catalogue.Instrument instrument(String id, String version) {
    return catalogue
        .instrument(id, version)
        .orElseThrow(() -> ProblemException.notFound("No instrument " + id + " " + version));
  }

  @Get("/value-frameworks")
  @Operation(summary = "The value frameworks with their values")
  List<Catalogue.ValueFramework> frameworks() {
    return catalogue.valueFrameworks();
  }

  @Get("/ai-act")
  @Operation(summary = "The EU AI Act decision tree in the version loaded")
  AiActTree aiAct() {
    return catalogue.aiAct();
  }

  @Get("/maturity-model")
  @Operation(summary = "The ODI Data Ethics Maturity Model")
  MaturityModel maturityModel() {
    return catalogue.maturityModel();
  }

  @Serdeable
  record Summary(
      String catalogueVersion,
      List<InstrumentSummary> instruments,
      List<FrameworkSummary> valueFrameworks) {}

  @Serdeable
  record InstrumentSummary(
      String id,
      String version,
      String name,
      String kind,
      int steps,
      List<String> valueFrameworks) {}

  @Serdeable
  record FrameworkSummary(String key, String name, boolean open, int values) {}
}
