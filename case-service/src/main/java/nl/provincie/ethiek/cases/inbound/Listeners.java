package nl.provincie.ethiek.cases.inbound;

import io.micronaut.configuration.kafka.annotation.Topic;
import io.micronaut.json.JsonMapper;
import java.util.UUID;
import nl.provincie.ethiek.cases.signal.IntakeSignals;
import nl.provincie.ethiek.servicekit.events.ConsumedEvent;
import nl.provincie.ethiek.servicekit.events.EventConsumer;
import nl.provincie.ethiek.servicekit.events.EventTopics;
import nl.provincie.ethiek.servicekit.events.IdempotentConsumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Events into this service, one typed consumer per topic, each job handled once per event id: a
 * participation report is attached to its case; a published register entry is kept as an intake
 * signal and, when it meets the triage criteria, proposes a case. Offsets are committed only after
 * the record was handled; a failing record is retried, not skipped. Before docs/adr/0048 a second
 * listener (group {@code case-service}) kept the signals; its consumer name stays, so events it
 * handled are not recorded twice.
 */
@EventConsumer(groupId = "case-service-cases", clientId = "case-service-cases")
class Listeners {

  static final String REPORTS = "case-service.participation-reports";
  static final String PROPOSALS = "case-service.case-proposals";
  static final String SIGNALS = "case-service.intake-signals";

  private final IdempotentConsumer idempotent;
  private final Inbound inbound;
  private final IntakeSignals signals;
  private final JsonMapper json;

  Listeners(
      IdempotentConsumer idempotent, Inbound inbound, IntakeSignals signals, JsonMapper json) {
    this.idempotent = idempotent;
    this.inbound = inbound;
    this.signals = signals;
    this.json = json;
  }

  @Topic(EventTopics.PARTICIPATION_REPORT_PUBLISHED)
  void onReport(ConsumerRecord<String, String> record) {
    ReportPublished report = ConsumedEvent.payload(json, record, ReportPublished.class);
    idempotent.handleOnce(REPORTS, ConsumedEvent.eventId(record), () -> inbound.attach(report));
  }

  @Topic(EventTopics.REGISTER_ENTRY_PUBLISHED)
  void onEntry(ConsumerRecord<String, String> record) {
    RegisterEntryPublished entry =
        ConsumedEvent.payload(json, record, RegisterEntryPublished.class);
    UUID eventId = ConsumedEvent.eventId(record);
    idempotent.handleOnce(
        SIGNALS,
        eventId,
        () ->
            signals.recordPublication(
                entry.entryId(),
                entry.version(),
                entry.name(),
                entry.organisation(),
                entry.occurredAt()));
    idempotent.handleOnce(PROPOSALS, eventId, () -> inbound.propose(entry));
  }
}
