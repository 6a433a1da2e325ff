package nl.provincie.ethiek.cases.casefile;

public enum ActionStatus {
  PLANNED,
  IN_PROGRESS,
  DONE,
  VERIFIED,
  OVERDUE,
  CANCELLED;

  /** Work still expected from the owner. */
  public boolean isOpen() {
    return this == PLANNED || this == IN_PROGRESS || this == OVERDUE;
  }
}
