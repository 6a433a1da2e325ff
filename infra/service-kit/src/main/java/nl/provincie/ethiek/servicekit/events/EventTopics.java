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

  private EventTopics() {}
}
