package nl.provincie.ethiek.servicekit.events;

/**
 * Every Kafka topic of the platform, declared once. Names follow {@code
 * <owning-service>.<event-in-kebab-case>.v<N>} (docs/adr/0005): additive changes stay within a
 * version, breaking ones get a new topic.
 */
public final class EventTopics {

  /** An algorithm entry became public in the register; key: the entry id. */
  public static final String REGISTER_ENTRY_PUBLISHED = "register.entry-published.v1";

  private EventTopics() {}
}
