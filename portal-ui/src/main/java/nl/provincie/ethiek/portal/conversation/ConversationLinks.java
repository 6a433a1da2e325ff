package nl.provincie.ethiek.portal.conversation;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.RouterLink;
import nl.provincie.ethiek.portal.conversation.ParticipationModel.Conversation;
import nl.provincie.ethiek.portal.shell.PortalRoutes;

/** Links from a conversation to its opinion map and, once closed, to its outcome. */
final class ConversationLinks {

  private ConversationLinks() {}

  static Div of(Component context, Conversation conversation) {
    Div links = new Div();
    links.addClassName("page-links");
    if (!conversation.isOpen()) {
      RouterLink outcome =
          PortalRoutes.link(
              context.getTranslation("outcome.link"), PortalRoutes.outcome(conversation.id()));
      outcome.setId("conversation-outcome-link");
      links.add(outcome);
    }
    RouterLink map =
        PortalRoutes.link(
            context.getTranslation("map.link"), PortalRoutes.opinionMap(conversation.id()));
    map.setId("conversation-map-link");
    links.add(map);
    return links;
  }
}
