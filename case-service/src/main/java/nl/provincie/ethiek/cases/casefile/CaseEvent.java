package nl.provincie.ethiek.cases.casefile;

import java.util.List;
import java.util.UUID;
import nl.provincie.ethiek.servicekit.events.IntegrationEvent;

/**
 * An event a case raises for other services (docs/adr/0011). Every one names the case, the register
 * entries it concerns and the case's confidentiality, so a consumer can decide what to show.
 */
public sealed interface CaseEvent extends IntegrationEvent
    permits CaseOpened,
        CaseTriaged,
        ParticipationRequested,
        AdviceAdopted,
        DecisionRecorded,
        FollowUpOverdue,
        ReEvaluationDue {

  UUID caseId();

  List<UUID> registerEntryIds();

  Confidentiality confidentiality();

  /** The topic this event is published on. */
  String topic();
}
