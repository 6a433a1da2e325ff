package nl.provincie.ethiek.register.assessment.internal;

import io.micronaut.configuration.kafka.annotation.Topic;
import io.micronaut.json.JsonMapper;
import java.util.List;
import java.util.UUID;
import nl.provincie.ethiek.register.entry.CaseAssessment;
import nl.provincie.ethiek.register.entry.Entries;
import nl.provincie.ethiek.register.entry.EntryId;
import nl.provincie.ethiek.servicekit.events.ConsumedEvent;
import nl.provincie.ethiek.servicekit.events.EventConsumer;
import nl.provincie.ethiek.servicekit.events.EventTopics;
import nl.provincie.ethiek.servicekit.events.IdempotentConsumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies the ethics commission's advice, the province's decision and due re-evaluations to the
 * register entries they concern, once per event: the entry gets a new version with the assessment
 * and the next review date, visible in its public detail and history. Entry ids the register does
 * not know are skipped (logged), so a case about something else never blocks the partition.
 */
@EventConsumer(groupId = "register-service", clientId = "register-service-case-events")
class CaseEventListener {

  static final String CONSUMER = "register-service.case-assessments";
  private static final Logger LOG = LoggerFactory.getLogger(CaseEventListener.class);

  private final IdempotentConsumer idempotent;
  private final Entries entries;
  private final JsonMapper json;

  CaseEventListener(IdempotentConsumer idempotent, Entries entries, JsonMapper json) {
    this.idempotent = idempotent;
    this.entries = entries;
    this.json = json;
  }

  @Topic(EventTopics.CASE_ADVICE_ADOPTED)
  void onAdviceAdopted(ConsumerRecord<String, String> record) {
    apply(record, ConsumedEvent.payload(json, record, CaseEvents.AdviceAdopted.class));
  }

  @Topic(EventTopics.CASE_DECISION_RECORDED)
  void onDecisionRecorded(ConsumerRecord<String, String> record) {
    apply(record, ConsumedEvent.payload(json, record, CaseEvents.DecisionRecorded.class));
  }

  @Topic(EventTopics.CASE_RE_EVALUATION_DUE)
  void onReEvaluationDue(ConsumerRecord<String, String> record) {
    apply(record, ConsumedEvent.payload(json, record, CaseEvents.ReEvaluationDue.class));
  }

  private void apply(ConsumerRecord<String, String> record, CaseEvents.CaseEvent event) {
    List<UUID> entryIds = event.registerEntryIds();
    CaseAssessment assessment = event.assessment();
    String note = event.note();
    UUID eventId = ConsumedEvent.optionalEventId(record).orElse(event.eventId());
    idempotent.handleOnce(
        CONSUMER,
        eventId,
        () -> {
          for (UUID id : entryIds == null ? List.<UUID>of() : entryIds) {
            if (entries.assess(new EntryId(id), assessment, note).isEmpty()) {
              LOG.warn("Case event {} names unknown register entry {}; skipped", eventId, id);
            }
          }
        });
  }
}
