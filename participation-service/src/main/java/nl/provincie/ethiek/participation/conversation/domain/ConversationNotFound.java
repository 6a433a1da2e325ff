package nl.provincie.ethiek.participation.conversation.domain;

/** No conversation has this id. */
public class ConversationNotFound extends RuntimeException {

  public ConversationNotFound(ConversationId id) {
    super("No conversation " + id, null, false, false);
  }
}
