package nl.provincie.ethiek.portal.conversation;

import com.vaadin.flow.component.Component;

/** A refusal of the participation service in the resident's words, by its stable problem type. */
final class Refusals {

  private Refusals() {}

  static String text(Component where, ParticipationRefusedException refusal, int maxLength) {
    String key = "conversation.refused." + refusal.reason();
    String text = where.getTranslation(key, maxLength);
    if (text.startsWith("!{") || text.equals(key)) {
      return where.getTranslation("conversation.refused.other");
    }
    return text;
  }
}
