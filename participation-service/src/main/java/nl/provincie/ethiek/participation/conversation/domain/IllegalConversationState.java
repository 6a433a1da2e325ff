package nl.provincie.ethiek.participation.conversation.domain;

import java.util.Set;

/** An action the conversation's current state does not allow. */
public class IllegalConversationState extends RuntimeException {

  private final ConversationState current;
  private final Set<ConversationState> allowed;

  public IllegalConversationState(String action, ConversationState current) {
    super("cannot " + action + " a conversation that is " + current, null, false, false);
    this.current = current;
    this.allowed = current.next();
  }

  public ConversationState current() {
    return current;
  }

  public Set<ConversationState> allowed() {
    return allowed;
  }
}
