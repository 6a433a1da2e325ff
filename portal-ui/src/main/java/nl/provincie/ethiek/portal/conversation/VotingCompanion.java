package nl.provincie.ethiek.portal.conversation;

import com.vaadin.flow.component.Component;
import java.util.Optional;
import java.util.function.Supplier;
import nl.provincie.ethiek.portal.conversation.ParticipationModel.Conversation;

/**
 * What the conversation page shows beside the statement card and tells about each accepted vote:
 * the opinion map with where the resident stands. Defined here and made by the composition root, so
 * the conversation page does not depend on the map's package (which depends on this one).
 */
public interface VotingCompanion {

  /**
   * A panel for this conversation, drawn once now; {@code participantToken} gives the resident's
   * token at each drawing (empty while they have none).
   */
  Panel open(Conversation conversation, Supplier<Optional<String>> participantToken);

  /** The panel on the page. */
  interface Panel {
    Component component();

    /** The resident's votes changed: show where they stand now. */
    void votesChanged();
  }
}
