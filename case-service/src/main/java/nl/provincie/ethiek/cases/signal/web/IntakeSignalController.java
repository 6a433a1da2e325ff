package nl.provincie.ethiek.cases.signal.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.provincie.ethiek.cases.signal.IntakeSignal;
import nl.provincie.ethiek.cases.signal.IntakeSignals;
import nl.provincie.ethiek.servicekit.security.Roles;

@Controller("/api/v1/intake-signals")
@Tag(name = "Intake signals")
@Secured({Roles.ETHICS_OFFICER, Roles.SECRETARY, Roles.COMMISSION_MEMBER})
class IntakeSignalController {

  private final IntakeSignals signals;

  IntakeSignalController(IntakeSignals signals) {
    this.signals = signals;
  }

  @Get
  @Operation(summary = "Signals that may need an ethics case, newest first")
  SignalPage list(@QueryValue @Nullable UUID subjectId) {
    List<IntakeSignal> items = signals.all(Optional.ofNullable(subjectId));
    return new SignalPage(items, items.size());
  }

  @Serdeable
  record SignalPage(List<IntakeSignal> items, int total) {}
}
