package nl.provincie.ethiek.servicekit.events;

/** Kafka record headers every relayed event carries, so consumers can route and deduplicate. */
public final class EventHeaders {

  public static final String EVENT_ID = "event-id";
  public static final String EVENT_TYPE = "event-type";
  public static final String OCCURRED_AT = "occurred-at";

  private EventHeaders() {}
}
