package nl.provincie.ethiek.portal.backoffice.cases;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which parts of a case are the work of its current stage, and which are its history. A part is
 * work while the case service accepts changes to it in that stage (EthicsCase's state rules), so
 * the page offers no form the service would refuse; a part that has content but is no longer work
 * is history, shown read only after the work; a part not reached yet is not shown.
 */
final class CaseStage {

  enum Part {
    TRIAGE,
    AI_ACT,
    ASSESSMENT,
    PARTICIPATION,
    ADVICE,
    DECISION,
    FOLLOW_UP,
    MONITORING
  }

  private static final Map<String, List<Part>> WORK =
      Map.ofEntries(
          Map.entry("IN_TRIAGE", List.of(Part.TRIAGE, Part.AI_ACT, Part.PARTICIPATION)),
          Map.entry(
              "IN_ASSESSMENT",
              List.of(Part.ASSESSMENT, Part.AI_ACT, Part.PARTICIPATION, Part.ADVICE)),
          Map.entry(
              "ADVICE_DRAFT",
              List.of(Part.ADVICE, Part.ASSESSMENT, Part.AI_ACT, Part.PARTICIPATION)),
          Map.entry("ADVICE_ADOPTED", List.of(Part.DECISION)),
          Map.entry("DECISION_RECEIVED", List.of(Part.FOLLOW_UP, Part.MONITORING)),
          Map.entry("IN_FOLLOW_UP", List.of(Part.FOLLOW_UP, Part.MONITORING)),
          Map.entry(
              "RE_EVALUATION",
              List.of(
                  Part.ASSESSMENT,
                  Part.AI_ACT,
                  Part.PARTICIPATION,
                  Part.FOLLOW_UP,
                  Part.MONITORING)));

  private CaseStage() {}

  /** A case that is neither closed nor withdrawn; its settings can still change. */
  static boolean isOpen(String state) {
    return !"CLOSED".equals(state) && !"WITHDRAWN".equals(state);
  }

  /** The parts to work on now, most pressing first; none in a closed or final state. */
  static List<Part> work(String state) {
    return WORK.getOrDefault(state, List.of());
  }

  /** The parts done earlier that have something to show, in the order the case went through. */
  static List<Part> history(String state, JsonNode ethicsCase) {
    Set<Part> now = EnumSet.noneOf(Part.class);
    now.addAll(work(state));
    List<Part> done = new ArrayList<>();
    for (Part part : Part.values()) {
      if (!now.contains(part) && hasContent(part, ethicsCase)) {
        done.add(part);
      }
    }
    return done;
  }

  static boolean hasContent(Part part, JsonNode ethicsCase) {
    return switch (part) {
      case TRIAGE -> ethicsCase.path("triage").hasNonNull("outcome");
      case AI_ACT -> !ethicsCase.path("aiAct").path("answers").isEmpty();
      case ASSESSMENT -> !ethicsCase.path("runs").isEmpty();
      case PARTICIPATION ->
          !ethicsCase.path("participationRequests").isEmpty()
              || !ethicsCase.path("participationInputs").isEmpty();
      case ADVICE -> ethicsCase.path("advice").hasNonNull("kind");
      case DECISION -> ethicsCase.path("decision").hasNonNull("kind");
      case FOLLOW_UP -> !ethicsCase.path("actions").isEmpty();
      case MONITORING ->
          !ethicsCase.path("indicators").isEmpty()
              || ethicsCase.path("reEvaluation").hasNonNull("dueDate");
    };
  }
}
