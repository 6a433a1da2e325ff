package nl.provincie.ethiek.portal.conversation;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import nl.provincie.ethiek.portal.conversation.ParticipationModel.Conversation;
import nl.provincie.ethiek.portal.map.OpinionMapPage;
import nl.provincie.ethiek.portal.outcome.OutcomePage;

/** Links from a conversation to its opinion map and, once closed, to its outcome. */
final class ConversationLinks {

  private ConversationLinks() {}

  static Div of(Component context, Conversation conversation) {
    RouteParameters parameters = new RouteParameters("id", conversation.id().toString());
    Div links = new Div();
    links.addClassName("page-links");
    if (!conversation.isOpen()) {
      RouterLink outcome =
          new RouterLink(context.getTranslation("outcome.link"), OutcomePage.class, parameters);
      outcome.setId("conversation-outcome-link");
      links.add(outcome);
    }
    RouterLink map =
        new RouterLink(context.getTranslation("map.link"), OpinionMapPage.class, parameters);
    map.setId("conversation-map-link");
    links.add(map);
    return links;
  }
}
