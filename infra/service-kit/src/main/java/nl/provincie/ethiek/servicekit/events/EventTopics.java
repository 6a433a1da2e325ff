package nl.provincie.ethiek.servicekit.events;

/**
 * Every Kafka topic of the platform, declared once. Names follow {@code
 * <owning-service>.<event-in-kebab-case>.v<N>} (docs/adr/0005): additive changes stay within a
 * version, breaking ones get a new topic.
 */
public final class EventTopics {

  /** An algorithm entry became public in the register; key: the entry id. */
  public static final String REGISTER_ENTRY_PUBLISHED = "register.entry-published.v1";

  // participation-service

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

  // register-service (besides REGISTER_ENTRY_PUBLISHED above)

  /** A published register entry changed (a new public version); key: the entry id. */
  public static final String REGISTER_ENTRY_CHANGED = "register.entry-changed.v1";

  /** A published register entry was archived; key: the entry id. */
  public static final String REGISTER_ENTRY_ARCHIVED = "register.entry-archived.v1";

  // case-service (payloads in docs/adr/0011)

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

  /**
   * A signed head of the case service's audit chain (docs/adr/0043); key: {@code audit-chain}.
   * Consumed by register-service, which publishes the heads in its open data.
   */
  public static final String CASE_AUDIT_CHAIN_HEAD_PUBLISHED = "case.audit-chain-head-published.v1";

  /**
   * Every topic with its partitions, the one list that the launcher creates topics from and the
   * Kubernetes chart's {@code KafkaTopic} resources are checked against. The participation topics
   * have the most, all the same count: the vote topic's partitions are how conversations' analysis
   * is shared among participation instances (docs/adr/0027), so it needs more partitions than there
   * will be instances, and with one count a conversation's events share a partition number on every
   * participation topic. The topics that carry what residents did keep it for a bounded time
   * ({@link TopicSpec#residentData}, docs/adr/0032).
   */
  public static final java.util.List<TopicSpec> ALL =
      java.util.List.of(
          new TopicSpec(REGISTER_ENTRY_PUBLISHED, 3),
          new TopicSpec(REGISTER_ENTRY_CHANGED, 3),
          new TopicSpec(REGISTER_ENTRY_ARCHIVED, 3),
          new TopicSpec(PARTICIPATION_CONVERSATION_OPENED, 12),
          new TopicSpec(PARTICIPATION_CONVERSATION_CLOSED, 12),
          TopicSpec.residentData(PARTICIPATION_STATEMENT_SUBMITTED, 12),
          TopicSpec.residentData(PARTICIPATION_STATEMENT_MODERATED, 12),
          TopicSpec.residentData(PARTICIPATION_VOTE_CAST, 12),
          TopicSpec.residentData(PARTICIPATION_PARTICIPATION_WITHDRAWN, 12),
          new TopicSpec(PARTICIPATION_REPORT_PUBLISHED, 12),
          new TopicSpec(CASE_OPENED, 3),
          new TopicSpec(CASE_TRIAGED, 3),
          new TopicSpec(CASE_PARTICIPATION_REQUESTED, 3),
          new TopicSpec(CASE_ADVICE_ADOPTED, 3),
          new TopicSpec(CASE_DECISION_RECORDED, 3),
          new TopicSpec(CASE_FOLLOW_UP_OVERDUE, 3),
          new TopicSpec(CASE_RE_EVALUATION_DUE, 3),
          new TopicSpec(CASE_AUDIT_CHAIN_HEAD_PUBLISHED, 3));

  private EventTopics() {}
}
