package nl.provincie.ethiek.participation.report.domain;

import nl.provincie.ethiek.participation.conversation.domain.ConversationState;

/** A report is published once its conversation is closed, and only once. */
public class ReportNeedsClosedConversation extends RuntimeException {

  public ReportNeedsClosedConversation(ConversationState current) {
    super(
        "The conversation is " + current + "; a report is published once it is CLOSED.",
        null,
        false,
        false);
  }
}
