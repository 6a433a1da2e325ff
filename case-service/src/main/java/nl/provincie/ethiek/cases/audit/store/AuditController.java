package nl.provincie.ethiek.cases.audit.store;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.provincie.ethiek.cases.audit.AuditChain;
import nl.provincie.ethiek.servicekit.security.Roles;

@io.micronaut.serde.annotation.SerdeImport(nl.provincie.ethiek.cases.audit.AuditEntry.class)
@Controller("/api/v1/audit")
@Tag(name = "Audit trail")
@Secured({Roles.ETHICS_OFFICER, Roles.SECRETARY, Roles.COMMISSION_MEMBER})
class AuditController {

  private final AuditTrail trail;

  AuditController(AuditTrail trail) {
    this.trail = trail;
  }

  @Get("/verify")
  @Operation(summary = "Recompute the audit hash chain and report where it breaks, if it does")
  VerificationView verify() {
    AuditChain.Verification v = trail.verify();
    return new VerificationView(
        v.intact(), v.entriesChecked(), v.firstBrokenSequence().orElse(null), v.finding());
  }

  @Serdeable
  record VerificationView(
      boolean intact, long entriesChecked, Long firstBrokenSequence, String finding) {}
}
