package nl.provincie.ethiek.register.entry.web;

import io.micronaut.http.annotation.Controller;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.provincie.ethiek.register.entry.EntryKind;
import nl.provincie.ethiek.register.entry.web.EntryRequests.PlatformRequest;

/** The platform register: {@link KindController} for platforms, written as PlatformRequest. */
@Controller("/api/v1/platforms")
@Tag(name = "Platforms")
class PlatformController extends KindController<PlatformRequest> {

  PlatformController(EntryReads reads, EntryWrites writes) {
    super(EntryKind.PLATFORM, "/api/v1/platforms", EntryForm::of, reads, writes);
  }
}
