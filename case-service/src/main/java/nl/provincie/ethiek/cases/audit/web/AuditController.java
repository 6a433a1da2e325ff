package nl.provincie.ethiek.cases.audit.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.provincie.ethiek.cases.audit.AuditChain;
import nl.provincie.ethiek.cases.audit.ChainHead;
import nl.provincie.ethiek.cases.audit.HeadCheck;
import nl.provincie.ethiek.cases.audit.HeadKey;
import nl.provincie.ethiek.cases.audit.head.HeadKeys;
import nl.provincie.ethiek.cases.audit.store.AuditTrail;
import nl.provincie.ethiek.cases.audit.store.PublishedHeads;
import nl.provincie.ethiek.servicekit.problem.Problem;
import nl.provincie.ethiek.servicekit.problem.ProblemException;
import nl.provincie.ethiek.servicekit.problem.ProblemType;
import nl.provincie.ethiek.servicekit.security.Roles;

@io.micronaut.serde.annotation.SerdeImport(nl.provincie.ethiek.cases.audit.AuditEntry.class)
@Controller("/api/v1/audit")
@Tag(name = "Audit trail")
@Secured({Roles.ETHICS_OFFICER, Roles.SECRETARY, Roles.COMMISSION_MEMBER})
class AuditController {

  private final AuditTrail trail;
  private final PublishedHeads published;
  private final Optional<HeadKey.Verifier> key;

  AuditController(AuditTrail trail, PublishedHeads published, HeadKeys keys) {
    this.trail = trail;
    this.published = published;
    this.key = keys.verifier();
  }

  @Get("/verify")
  @Operation(
      summary =
          "Recompute the audit hash chain and compare it with the heads this service published;"
              + " report where it breaks or was rewritten, if it was")
  VerificationView verify() {
    if (key.isEmpty()) {
      AuditChain.Verification v = trail.verify();
      return new VerificationView(
          v.intact(),
          v.entriesChecked(),
          0,
          v.firstBrokenSequence().orElse(null),
          null,
          v.finding());
    }
    return VerificationView.of(HeadCheck.verify(trail.all(), published.all(), key.get()));
  }

  @Post("/verify")
  @Operation(
      summary =
          "Compare the audit chain with heads published elsewhere (e.g. the register's open data"
              + " /api/v1/export/case-audit-heads.json); each head must carry this service's"
              + " signature")
  VerificationView verifyAgainst(@Body HeadList body) {
    HeadKey.Verifier verifier =
        key.orElseThrow(
            () ->
                new ProblemException(
                    ProblemType.CONFLICT,
                    HttpStatus.CONFLICT,
                    "This service has no head key configured, so it cannot check heads."));
    List<ChainHead> heads = parse(body, verifier);
    return VerificationView.of(HeadCheck.verify(trail.all(), heads, verifier));
  }

  private static List<ChainHead> parse(HeadList body, HeadKey.Verifier verifier) {
    if (body == null || body.heads() == null || body.heads().isEmpty()) {
      throw invalid("/heads", "must list at least one published head");
    }
    List<ChainHead> heads = new ArrayList<>();
    for (int i = 0; i < body.heads().size(); i++) {
      HeadView h = body.heads().get(i);
      String at = "/heads/" + i;
      if (h == null) {
        throw invalid(at, "must be a head, not null");
      }
      if (h.sequence() == null || h.sequence() < 1) {
        throw invalid(at + "/sequence", "must be a sequence number of 1 or more");
      }
      if (h.hash() == null || !h.hash().matches("[0-9a-f]{64}")) {
        throw invalid(at + "/hash", "must be a SHA-256 hash in 64 lower-case hex digits");
      }
      if (h.publishedAt() == null) {
        throw invalid(at + "/publishedAt", "must be the time the head was published");
      }
      ChainHead head =
          new ChainHead(h.sequence(), h.hash(), h.publishedAt(), h.keyId(), h.signature());
      if (!verifier.verifies(head)) {
        throw invalid(at + "/signature", "is not a signature of this head by this service's key");
      }
      heads.add(head);
    }
    return heads;
  }

  private static ProblemException invalid(String pointer, String message) {
    return new ProblemException(
        ProblemType.VALIDATION,
        HttpStatus.UNPROCESSABLE_ENTITY,
        "The heads cannot be checked: " + pointer + " " + message + ".",
        List.of(new Problem.InvalidParam(pointer, message)));
  }

  /** Heads as the public feed and the register's export list them. */
  @Serdeable
  record HeadList(@Nullable List<HeadView> heads) {}

  @Serdeable
  record HeadView(
      @Nullable Long sequence,
      @Nullable String hash,
      @Nullable Instant publishedAt,
      @Nullable String algorithm,
      @Nullable String keyId,
      @Nullable String signature) {}

  /**
   * The outcome: {@code firstBrokenSequence} is the first entry that breaks the chain or the first
   * published head the chain no longer matches; {@code intactUpTo} the last head it still matched.
   */
  @Serdeable
  record VerificationView(
      boolean intact,
      long entriesChecked,
      long headsChecked,
      @Nullable Long firstBrokenSequence,
      @Nullable Long intactUpTo,
      String finding) {

    static VerificationView of(HeadCheck.Result r) {
      return new VerificationView(
          r.intact(),
          r.entriesChecked(),
          r.headsChecked(),
          r.firstBrokenSequence().orElse(null),
          r.intactUpTo().orElse(null),
          r.finding());
    }
  }
}
