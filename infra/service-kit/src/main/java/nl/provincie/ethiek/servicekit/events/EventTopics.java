package nl.provincie.ethiek.servicekit.events;

/**
 * Every Kafka topic of the platform, declared once. Names follow {@code
 * <owning-service>.<event-in-kebab-case>.v<N>} (docs/adr/0005): additive changes stay within a
 * version, breaking ones get a new topic.
 */
public final class EventTopics {

  /** An algorithm entry became public in the register; key: the entry id. */
  public static final String REGISTER_ENTRY_PUBLISHED = "register.entry-published.v1";

  /** A published register entry changed (a new public version); key: the entry id. */
  public static final String REGISTER_ENTRY_CHANGED = "register.entry-changed.v1";

  /** A published register entry was archived; key: the entry id. */
  public static final String REGISTER_ENTRY_ARCHIVED = "register.entry-archived.v1";

  /**
   * The ethics commission adopted an advice on a case; key: the case id. Payload contract in
   * docs/adr/0009 (eventId, occurredAt, caseId, registerEntryIds, adviceSummary, adoptedOn,
   * nextReviewDate).
   */
  public static final String CASE_ADVICE_ADOPTED = "case.advice-adopted.v1";

  /**
   * The province recorded its decision on a case; key: the case id. Payload contract in
   * docs/adr/0009 (eventId, occurredAt, caseId, registerEntryIds, decisionSummary, decidedOn,
   * nextReviewDate).
   */
  public static final String CASE_DECISION_RECORDED = "case.decision-recorded.v1";

  /**
   * A scheduled re-evaluation of a case came due; key: the case id. Payload contract in
   * docs/adr/0009 (eventId, occurredAt, caseId, registerEntryIds, dueOn, reason).
   */
  public static final String CASE_RE_EVALUATION_DUE = "case.re-evaluation-due.v1";

  private EventTopics() {}
}
