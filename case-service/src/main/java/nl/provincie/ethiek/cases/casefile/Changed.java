package nl.provincie.ethiek.cases.casefile;

import java.util.List;

/** The result of a command on a case: the new case and the events it raised. */
public record Changed(EthicsCase after, List<CaseEvent> events) {

  public Changed {
    events = Lists.copy(events);
  }

  static Changed quietly(EthicsCase after) {
    return new Changed(after, List.of());
  }
}
