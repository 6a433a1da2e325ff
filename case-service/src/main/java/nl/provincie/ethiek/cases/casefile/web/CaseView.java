package nl.provincie.ethiek.cases.casefile.web;

import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import nl.provincie.ethiek.cases.casefile.CaseState;
import nl.provincie.ethiek.cases.casefile.EthicsCase;
import nl.provincie.ethiek.cases.casefile.Lifecycle;
import nl.provincie.ethiek.cases.casefile.ReEvaluation;
import nl.provincie.ethiek.cases.casefile.service.CaseDocument;

/** A case as the API shows it: the whole case and the states it may move to next. */
@Serdeable
record CaseView(CaseDocument ethicsCase, Set<CaseState> allowedTransitions) {

  static CaseView of(EthicsCase c) {
    return new CaseView(CaseDocument.of(c), new TreeSet<>(Lifecycle.allowedFrom(c.state())));
  }

  /** One line of a case list. */
  @Serdeable
  record Summary(
      UUID id,
      String title,
      CaseState state,
      String confidentiality,
      String subjectType,
      String origin,
      String originReason,
      List<UUID> registerEntryIds,
      LocalDate nextReEvaluation) {

    static Summary of(EthicsCase c) {
      return new Summary(
          c.id().value(),
          c.intake().title(),
          c.state(),
          c.confidentiality().name(),
          c.intake().subjectType().name(),
          c.opening().origin().name(),
          c.opening().reason().orElse(null),
          c.registerEntryIds(),
          c.followUp().reEvaluation().map(ReEvaluation::dueDate).orElse(null));
    }
  }

  @Serdeable
  record Page(List<Summary> items, int total) {}
}
