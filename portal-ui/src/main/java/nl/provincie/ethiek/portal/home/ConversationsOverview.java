package nl.provincie.ethiek.portal.home;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import nl.provincie.ethiek.portal.conversation.ParticipationClient;
import nl.provincie.ethiek.portal.conversation.ParticipationModel.Conversation;
import nl.provincie.ethiek.portal.conversation.ParticipationRefusedException;
import nl.provincie.ethiek.portal.http.ServiceUnavailableException;
import nl.provincie.ethiek.portal.shell.PortalLanguage;
import nl.provincie.ethiek.portal.shell.PortalRoutes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The start page's conversations: the open ones to take part in, then the recently closed ones with
 * a link to what came of them.
 */
final class ConversationsOverview {

  static final int MAX_CLOSED = 5;
  private static final Logger LOG = LoggerFactory.getLogger(ConversationsOverview.class);

  private ConversationsOverview() {}

  /** The open and the recently closed conversations, or one notice when the service is down. */
  static List<Component> sections(Component context, ParticipationClient participation) {
    List<Conversation> conversations;
    try {
      conversations = participation.conversations();
    } catch (ServiceUnavailableException | ParticipationRefusedException e) {
      LOG.warn("Conversations for the start page not available: {}", e.getMessage());
      Section section = section(context, "home-open", "home.open.heading");
      Paragraph notice = new Paragraph(context.getTranslation("unavailable.participation"));
      notice.addClassName("notice");
      section.add(notice);
      return List.of(section);
    }
    List<Conversation> open = conversations.stream().filter(Conversation::isOpen).toList();
    List<Conversation> closed =
        conversations.stream().filter(c -> !c.isOpen()).limit(MAX_CLOSED).toList();
    return List.of(openSection(context, open), closedSection(context, closed));
  }

  private static Section openSection(Component context, List<Conversation> open) {
    Section section = section(context, "home-open", "home.open.heading");
    if (open.isEmpty()) {
      section.add(new Paragraph(context.getTranslation("home.open.none")));
      return section;
    }
    UnorderedList list = list();
    for (Conversation conversation : open) {
      RouterLink link =
          PortalRoutes.link(conversation.topic(), PortalRoutes.conversation(conversation.id()));
      link.getElement()
          .setAttribute(
              "aria-label", context.getTranslation("conversations.join", conversation.topic()));
      list.add(item(conversation, link));
    }
    section.add(list);
    return section;
  }

  private static Section closedSection(Component context, List<Conversation> closed) {
    Section section = section(context, "home-closed", "home.closed.heading");
    if (closed.isEmpty()) {
      section.add(new Paragraph(context.getTranslation("home.closed.none")));
      return section;
    }
    UnorderedList list = list();
    for (Conversation conversation : closed) {
      RouterLink link =
          PortalRoutes.link(conversation.topic(), PortalRoutes.outcome(conversation.id()));
      link.getElement()
          .setAttribute(
              "aria-label", context.getTranslation("home.closed.link", conversation.topic()));
      ListItem item = item(conversation, link);
      if (conversation.closedAt() != null) {
        Paragraph closedOn =
            new Paragraph(
                context.getTranslation(
                    "home.closed.on", Dates.format(conversation.closedAt().atZone(Dates.ZONE))));
        closedOn.addClassName("published");
        item.add(closedOn);
      }
      list.add(item);
    }
    section.add(list);
    return section;
  }

  private static Section section(Component context, String id, String headingKey) {
    H2 heading = new H2(context.getTranslation(headingKey));
    heading.setId(id + "-heading");
    Section section = new Section(heading);
    section.setId(id);
    section.addClassName("register");
    section.getElement().setAttribute("aria-labelledby", id + "-heading");
    return section;
  }

  private static UnorderedList list() {
    UnorderedList list = new UnorderedList();
    list.addClassName("entries");
    return list;
  }

  private static ListItem item(Conversation conversation, RouterLink link) {
    ListItem item = new ListItem(new H3(link));
    String description =
        PortalLanguage.isEnglish() && conversation.descriptionEn() != null
            ? conversation.descriptionEn()
            : conversation.descriptionNl();
    if (description != null && !description.isBlank()) {
      item.add(new Paragraph(description));
    }
    return item;
  }
}
