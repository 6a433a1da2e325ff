package nl.provincie.ethiek.cases.casefile;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * The assessment work on a case: the instrument runs, the EU AI Act classification and the DPIA
 * status, each absent until recorded.
 */
public record Assessment(
    List<InstrumentRun> runs, Optional<AiActAssessment> aiAct, Optional<String> dpiaStatus) {

  public Assessment {
    runs = Lists.copy(runs);
    Objects.requireNonNull(aiAct, "aiAct");
    Objects.requireNonNull(dpiaStatus, "dpiaStatus");
  }

  /** Nothing assessed yet. */
  public static Assessment none() {
    return new Assessment(List.of(), Optional.empty(), Optional.empty());
  }

  Assessment withRun(InstrumentRun run) {
    return new Assessment(Lists.plus(runs, run), aiAct, dpiaStatus);
  }

  /** The runs with one of them changed; an unknown run is refused. */
  Assessment withRunRevised(UUID runId, UnaryOperator<InstrumentRun> change) {
    InstrumentRun revised = change.apply(run(runId));
    return new Assessment(
        runs.stream().map(r -> r.id().equals(runId) ? revised : r).toList(), aiAct, dpiaStatus);
  }

  Assessment classifiedAs(AiActAssessment classification) {
    return new Assessment(runs, Optional.of(classification), dpiaStatus);
  }

  Assessment withDpiaStatus(String status) {
    return new Assessment(runs, aiAct, Optional.ofNullable(status));
  }

  public InstrumentRun run(UUID runId) {
    return findRun(runId)
        .orElseThrow(() -> new CaseRuleViolation("/runId", "No instrument run " + runId + "."));
  }

  public Optional<InstrumentRun> findRun(UUID runId) {
    return runs.stream().filter(r -> r.id().equals(runId)).findFirst();
  }
}
