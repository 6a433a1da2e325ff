package nl.provincie.ethiek.participation.opinion;

import java.util.OptionalInt;

/** Where a participant sits on the opinion map; a group only when in the conversation. */
public record ParticipantPosition(ParticipantId id, OptionalInt group, double x, double y) {

  public boolean inConversation() {
    return group.isPresent();
  }
}
