package nl.provincie.ethiek.servicekit.events;

/**
 * Every Kafka topic of the platform, declared once. Names follow {@code
 * <owning-service>.<event-in-kebab-case>.v<N>} (docs/adr/0005): additive changes stay within a
 * version, breaking ones get a new topic.
 */
public final class EventTopics {

  /** An algorithm entry became public in the register; key: the entry id. */
  public static final String REGISTER_ENTRY_PUBLISHED = "register.entry-published.v1";

  /** A conversation opened for residents; key: the conversation id. */
  public static final String PARTICIPATION_CONVERSATION_OPENED =
      "participation.conversation-opened.v1";

  /** A conversation stopped taking votes; key: the conversation id. */
  public static final String PARTICIPATION_CONVERSATION_CLOSED =
      "participation.conversation-closed.v1";

  /** A resident submitted a statement; key: the conversation id. */
  public static final String PARTICIPATION_STATEMENT_SUBMITTED =
      "participation.statement-submitted.v1";

  /** A moderator accepted or rejected a statement, or marked it meta; key: the conversation id. */
  public static final String PARTICIPATION_STATEMENT_MODERATED =
      "participation.statement-moderated.v1";

  /** A resident voted agree, disagree or pass; key: the conversation id. */
  public static final String PARTICIPATION_VOTE_CAST = "participation.vote-cast.v1";

  /** A resident removed their votes and statements; key: the conversation id. */
  public static final String PARTICIPATION_PARTICIPATION_WITHDRAWN =
      "participation.participation-withdrawn.v1";

  /** A resident conversation's report was published; key: the conversation id (docs/adr/0011). */
  public static final String PARTICIPATION_REPORT_PUBLISHED = "participation.report-published.v1";

  /** The commission asked for a resident conversation; key: the case id. */
  public static final String CASE_PARTICIPATION_REQUESTED = "case.participation-requested.v1";
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
