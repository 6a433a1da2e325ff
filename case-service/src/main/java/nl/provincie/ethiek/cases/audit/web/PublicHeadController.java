package nl.provincie.ethiek.cases.audit.web;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.SerdeImport;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import nl.provincie.ethiek.cases.audit.ChainHead;
import nl.provincie.ethiek.cases.audit.HeadKey;
import nl.provincie.ethiek.cases.audit.head.HeadKeys;
import nl.provincie.ethiek.cases.audit.store.PublishedHeads;

/**
 * The public feed of signed audit chain heads, with the public key to check them: anyone may keep
 * copies, and compare them later with what {@code audit/verify} reports (docs/adr/0043). A head
 * says only how long the chain was and its hash, nothing about a case.
 */
@Controller("/api/v1/public/audit-heads")
@Tag(name = "Public view")
@Secured(SecurityRule.IS_ANONYMOUS)
@SerdeImport(ChainHead.class)
class PublicHeadController {

  private final PublishedHeads heads;
  private final HeadKeys keys;

  PublicHeadController(PublishedHeads heads, HeadKeys keys) {
    this.heads = heads;
    this.keys = keys;
  }

  @Get
  @Operation(
      summary =
          "Signed heads of the audit chain (Ed25519 over the format tag, sequence, hash and time)"
              + " and the public key that checks them")
  HeadFeed list() {
    List<ChainHead> all = heads.all();
    return new HeadFeed(
        ChainHead.ALGORITHM,
        keys.verifier().map(HeadKey.Verifier::keyId).orElse(null),
        keys.verifier().map(HeadKey.Verifier::publicKey).orElse(null),
        all.size(),
        all);
  }

  @Serdeable
  record HeadFeed(
      String algorithm,
      @io.micronaut.core.annotation.Nullable String keyId,
      @io.micronaut.core.annotation.Nullable String publicKey,
      int total,
      List<ChainHead> items) {}
}
