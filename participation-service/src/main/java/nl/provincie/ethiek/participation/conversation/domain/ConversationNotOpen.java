package nl.provincie.ethiek.participation.conversation.domain;

/** The conversation's state does not let residents take part in this way. */
public class ConversationNotOpen extends RuntimeException {

  private ConversationNotOpen(String message) {
    super(message, null, false, false);
  }

  public static ConversationNotOpen forVotes(ConversationState state) {
    return new ConversationNotOpen("The conversation is " + state + " and takes no votes.");
  }

  public static ConversationNotOpen forStatements() {
    return new ConversationNotOpen("The conversation is not open.");
  }

  public static ConversationNotOpen forSeeding() {
    return new ConversationNotOpen(
        "Statements can be seeded while the conversation is a draft or open.");
  }
}
