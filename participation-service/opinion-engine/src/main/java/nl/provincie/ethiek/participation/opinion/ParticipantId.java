package nl.provincie.ethiek.participation.opinion;

/** A participant of one conversation: the pseudonymous number the conversation gave them. */
public record ParticipantId(long value) implements Comparable<ParticipantId> {

  public static ParticipantId of(long value) {
    return new ParticipantId(value);
  }

  @Override
  public int compareTo(ParticipantId other) {
    return Long.compare(value, other.value);
  }

  @Override
  public String toString() {
    return Long.toString(value);
  }
}
