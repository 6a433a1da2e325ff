package nl.provincie.ethiek.cases.inbound;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import nl.provincie.ethiek.cases.casefile.CaseId;
import nl.provincie.ethiek.cases.casefile.Confidentiality;
import nl.provincie.ethiek.cases.casefile.EthicsCase;
import nl.provincie.ethiek.cases.casefile.Intake;
import nl.provincie.ethiek.cases.casefile.Origin;
import nl.provincie.ethiek.cases.casefile.ParticipationInput;
import nl.provincie.ethiek.cases.casefile.SubjectType;
import nl.provincie.ethiek.cases.casefile.service.Actor;
import nl.provincie.ethiek.cases.casefile.service.CaseFiles;
import nl.provincie.ethiek.cases.catalogue.Catalogue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What incoming events do to cases; runs inside the idempotent consumer's transaction. */
@Singleton
class Inbound {

  private static final Logger LOG = LoggerFactory.getLogger(Inbound.class);

  private final CaseFiles cases;
  private final Catalogue catalogue;

  Inbound(CaseFiles cases, Catalogue catalogue) {
    this.cases = cases;
    this.catalogue = catalogue;
  }

  void attach(ReportPublished report) {
    if (report.caseId() == null || cases.find(report.caseId(), Actor.SYSTEM).isEmpty()) {
      LOG.info(
          "Report of conversation {} names no known case; not attached", report.conversationId());
      return;
    }
    List<ParticipationInput.OpinionGroup> groups =
        report.groups() == null ? List.of() : report.groups().stream().map(Inbound::group).toList();
    ParticipationInput input =
        new ParticipationInput(
            report.conversationId(),
            report.title(),
            groups,
            report.consensusStatements(),
            report.participantCount(),
            report.voteCount(),
            report.statementCount(),
            report.occurredAt(),
            null);
    cases.change(
        report.caseId(),
        Actor.SYSTEM,
        "participation report attached: " + report.conversationId(),
        c -> c.attachParticipation(input));
  }

  /**
   * A group with the stance of each representative statement. A statement whose direction is
   * missing or unknown keeps only its text, so it is never shown with a stance it did not have.
   */
  private static ParticipationInput.OpinionGroup group(ReportPublished.Group g) {
    List<ParticipationInput.RepresentativeStatement> withStance = new ArrayList<>();
    List<String> withoutStance = new ArrayList<>();
    List<ReportPublished.Representative> representative =
        g.representative() == null ? List.of() : g.representative();
    for (ReportPublished.Representative r : representative) {
      ParticipationInput.Stance stance = stance(r.direction());
      if (stance == null) {
        withoutStance.add(r.text());
      } else {
        withStance.add(
            new ParticipationInput.RepresentativeStatement(
                r.text(), stance, r.successes(), r.trials()));
      }
    }
    if (representative.isEmpty() && g.representativeStatements() != null) {
      withoutStance.addAll(g.representativeStatements());
    }
    return new ParticipationInput.OpinionGroup(g.label(), g.size(), withStance, withoutStance);
  }

  private static ParticipationInput.Stance stance(String direction) {
    if ("agree".equalsIgnoreCase(direction)) {
      return ParticipationInput.Stance.AGREE;
    }
    if ("disagree".equalsIgnoreCase(direction)) {
      return ParticipationInput.Stance.DISAGREE;
    }
    return null;
  }

  void propose(RegisterEntryPublished entry) {
    List<String> reasons = TriageCriteria.reasons(entry);
    if (reasons.isEmpty()
        || entry.namesAnEthicsCase()
        || cases.concerning(entry.entryId()).stream().anyMatch(EthicsCase::isOpen)) {
      return;
    }
    String name = entry.name() == null ? "register entry" : entry.name();
    String reason = "Voorgesteld vanuit het register: " + String.join(", ", reasons);
    SubjectType type =
        reasons.contains(TriageCriteria.HIGH_RISK_AI)
            ? SubjectType.AI_SYSTEM
            : reasons.contains(TriageCriteria.RESIDENT_FACING)
                ? SubjectType.PLATFORM
                : SubjectType.ALGORITHM;
    Intake intake =
        Intake.builder(name, "Willen we \"" + name + "\" zo inzetten?", type)
            .description(entry.description())
            .requestingDepartment(entry.organisation())
            .build();
    cases.create(
        EthicsCase.open(
            CaseId.random(),
            intake,
            Confidentiality.INTERNAL,
            List.of(entry.entryId()),
            Origin.REGISTER_PROPOSAL,
            reason,
            catalogue.version(),
            "register",
            cases.now()),
        Actor.SYSTEM,
        "case proposed from register entry " + entry.entryId());
  }
}
