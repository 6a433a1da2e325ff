package nl.provincie.ethiek.register.delivery.web;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.provincie.ethiek.register.delivery.internal.Deliveries;
import nl.provincie.ethiek.register.delivery.internal.DeliveryJob;
import nl.provincie.ethiek.servicekit.security.Roles;

/** Delivery to the national Algoritmeregister; register editors only. */
@Controller("/api/v1")
@Tag(name = "National delivery")
@Secured(Roles.REGISTER_EDITOR)
class DeliveryController {

  private final Deliveries deliveries;

  DeliveryController(Deliveries deliveries) {
    this.deliveries = deliveries;
  }

  @Post("/algorithms/{id}/delivery")
  @Operation(summary = "Queue delivery of the current version (create, or update by LARS)")
  DeliveryJob deliver(UUID id) {
    return deliveries.queue(id, DeliveryJob.Action.UPSERT);
  }

  @Post("/algorithms/{id}/delivery/release")
  @Operation(summary = "Queue the release (vrijgeven) of the delivered version")
  DeliveryJob release(UUID id) {
    return deliveries.queue(id, DeliveryJob.Action.RELEASE);
  }

  @Post("/algorithms/{id}/delivery/retract")
  @Operation(summary = "Queue the retraction of the published registration")
  DeliveryJob retract(UUID id) {
    return deliveries.queue(id, DeliveryJob.Action.RETRACT);
  }

  @Get("/algorithms/{id}/delivery")
  @Operation(summary = "LARS, national state and every delivery job of the entry")
  Map<String, Object> status(UUID id) {
    return deliveries.status(id);
  }

  @Get("/delivery/algorithm-in")
  @Operation(summary = "The AlgorithmIn payload of every published algorithm (download)")
  List<Map<String, Object>> payloads() {
    return deliveries.payloads();
  }

  @Post("/delivery/dry-run")
  @Operation(summary = "Write the payloads to files for manual upload (organisations without API)")
  Map<String, Object> dryRun() {
    return deliveries.dryRun();
  }
}
