package nl.provincie.ethiek.register.entry.web;

import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.server.cors.CrossOrigin;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.provincie.ethiek.register.entry.Entries;
import nl.provincie.ethiek.register.entry.Entry;
import nl.provincie.ethiek.register.entry.EntryKind;
import nl.provincie.ethiek.register.entry.EntryQuery;
import nl.provincie.ethiek.register.entry.web.EntryViews.EntryDetail;
import nl.provincie.ethiek.servicekit.http.PublicRead;

/**
 * Open data: every published entry as JSON and CSV, and a feed in the national standard's shape.
 */
@CrossOrigin(
    allowedOriginsRegex = PublicRead.ANY_ORIGIN,
    allowedMethods = {HttpMethod.GET, HttpMethod.HEAD},
    allowCredentials = false)
@Controller("/api/v1/export")
@Tag(name = "Open data")
@Secured(SecurityRule.IS_ANONYMOUS)
class ExportController {

  static final String LICENCE = "CC0-1.0";

  private final Entries entries;

  ExportController(Entries entries) {
    this.entries = entries;
  }

  @Serdeable
  record RegisterExport(Instant generatedAt, String licence, int total, List<EntryDetail> items) {}

  @Serdeable
  record Omitted(UUID id, String name, List<String> problems) {}

  @Serdeable
  record StandardFeed(
      String standard,
      Instant generatedAt,
      int total,
      List<Map<String, Object>> items,
      List<Omitted> omitted) {}

  @Get(value = "/register.json", produces = MediaType.APPLICATION_JSON)
  @Operation(summary = "All published algorithms and platforms with every field (open data)")
  HttpResponse<RegisterExport> json() {
    List<EntryDetail> items = published().stream().map(EntryDetail::of).toList();
    return HttpResponse.ok(new RegisterExport(Instant.now(), LICENCE, items.size(), items))
        .header("Content-Disposition", "attachment; filename=\"register.json\"");
  }

  @Get(value = "/register.csv", produces = "text/csv")
  @Operation(summary = "All published algorithms and platforms, one row each (open data)")
  HttpResponse<String> csv() {
    return HttpResponse.ok(RegisterCsv.of(published()))
        .contentType("text/csv; charset=utf-8")
        .header("Content-Disposition", "attachment; filename=\"register.csv\"");
  }

  @Get(value = "/algoritmeregister-standaard.json", produces = MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Published algorithms as documents of the publication standard v1.0.0; entries that"
              + " lack a field the standard requires are listed under omitted")
  StandardFeed standard() {
    List<Map<String, Object>> items = new ArrayList<>();
    List<Omitted> omitted = new ArrayList<>();
    for (Entry entry :
        entries.search(EntryQuery.published(Optional.of(EntryKind.ALGORITHM))).items()) {
      StandardDocument.Result result = StandardDocument.of(entry.id(), entry.content().algorithm());
      if (result.problems().isEmpty()) {
        items.add(result.document());
      } else {
        omitted.add(new Omitted(entry.id().value(), entry.content().name(), result.problems()));
      }
    }
    return new StandardFeed("1.0.0", Instant.now(), items.size(), items, omitted);
  }

  private List<Entry> published() {
    return entries.search(EntryQuery.published(Optional.empty())).items();
  }
}
