package nl.provincie.ethiek.participation.conversation.domain;

import java.util.Objects;
import java.util.UUID;

public record ConversationId(UUID value) {

  public ConversationId {
    Objects.requireNonNull(value, "value");
  }

  public static ConversationId random() {
    return new ConversationId(UUID.randomUUID());
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
