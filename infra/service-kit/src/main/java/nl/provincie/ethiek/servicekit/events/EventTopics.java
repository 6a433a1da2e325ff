package nl.provincie.ethiek.servicekit.events;

/**
 * Every Kafka topic of the platform, declared once. Names follow {@code
 * <owning-service>.<event-in-kebab-case>.v<N>} (docs/adr/0005): additive changes stay within a
 * version, breaking ones get a new topic.
 */
public final class EventTopics {

  /** An algorithm entry became public in the register; key: the entry id. */
  public static final String REGISTER_ENTRY_PUBLISHED = "register.entry-published.v1";

  /** A resident conversation's report was published; key: the conversation id (docs/adr/0011). */
  public static final String PARTICIPATION_REPORT_PUBLISHED = "participation.report-published.v1";

  /** An ethics case was opened (by request or proposed from the register); key: the case id. */
  public static final String CASE_OPENED = "case.case-opened.v1";

  /** A case's triage (kan het / mag het / willen we het) was recorded; key: the case id. */
  public static final String CASE_TRIAGED = "case.case-triaged.v1";

  /** The commission asked for a resident conversation; key: the case id. */
  public static final String CASE_PARTICIPATION_REQUESTED = "case.participation-requested.v1";

  /** The commission adopted its advice; key: the case id. Consumed by register-service. */
  public static final String CASE_ADVICE_ADOPTED = "case.advice-adopted.v1";

  /** The decision maker decided (comply or explain); key: the case id. Consumed by register. */
  public static final String CASE_DECISION_RECORDED = "case.decision-recorded.v1";

  /** A follow-up action passed its due date unfinished; key: the case id. */
  public static final String CASE_FOLLOW_UP_OVERDUE = "case.follow-up-overdue.v1";

  /** A case's re-evaluation is due; key: the case id. Consumed by register-service. */
  public static final String CASE_RE_EVALUATION_DUE = "case.re-evaluation-due.v1";

  private EventTopics() {}
}
