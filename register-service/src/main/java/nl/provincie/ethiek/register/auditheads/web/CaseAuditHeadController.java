package nl.provincie.ethiek.register.auditheads.web;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import nl.provincie.ethiek.register.auditheads.internal.CaseAuditHead;
import nl.provincie.ethiek.register.auditheads.internal.CaseAuditHeads;

/**
 * Open data: the case service's signed audit chain heads as the register received them, so that a
 * second owner keeps them (docs/adr/0043). Post {@code items} as {@code heads} to the case
 * service's {@code POST /api/v1/audit/verify} to check its chain against them.
 */
@Controller("/api/v1/export")
@Tag(name = "Open data")
@Secured(SecurityRule.IS_ANONYMOUS)
class CaseAuditHeadController {

  private final CaseAuditHeads heads;

  CaseAuditHeadController(CaseAuditHeads heads) {
    this.heads = heads;
  }

  @Serdeable
  record HeadExport(
      Instant generatedAt, String licence, String source, int total, List<CaseAuditHead> items) {}

  @Get(value = "/case-audit-heads.json", produces = MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "The ethics case service's signed audit chain heads (Ed25519), as received (open data)")
  HttpResponse<HeadExport> json() {
    List<CaseAuditHead> all = heads.all();
    return HttpResponse.ok(
            new HeadExport(Instant.now(), "CC0-1.0", "case-service", all.size(), all))
        .header("Content-Disposition", "attachment; filename=\"case-audit-heads.json\"");
  }
}
