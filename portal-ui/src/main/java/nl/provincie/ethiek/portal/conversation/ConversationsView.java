package nl.provincie.ethiek.portal.conversation;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import nl.provincie.ethiek.portal.conversation.ParticipationModel.Conversation;
import nl.provincie.ethiek.portal.http.ServiceUnavailableException;
import nl.provincie.ethiek.portal.shell.MainLayout;
import nl.provincie.ethiek.portal.shell.PortalLanguage;
import nl.provincie.ethiek.portal.shell.PortalRoutes;
import nl.provincie.ethiek.portal.shell.ServiceLocator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The public conversations: open ones to take part in, then the recently closed ones. */
@Route(value = PortalRoutes.CONVERSATIONS, layout = MainLayout.class)
class ConversationsView extends Div implements HasDynamicTitle {

  private static final Logger LOG = LoggerFactory.getLogger(ConversationsView.class);

  public ConversationsView() {
    addClassName("conversations");
    add(
        new H1(getTranslation("conversations.title")),
        new Paragraph(getTranslation("conversations.intro")));
    List<Conversation> conversations;
    try {
      conversations = ServiceLocator.get(ParticipationClient.class).conversations();
    } catch (ServiceUnavailableException | ParticipationRefusedException e) {
      LOG.warn("Conversations not available: {}", e.getMessage());
      Paragraph notice = new Paragraph(getTranslation("unavailable.participation"));
      notice.addClassName("notice");
      notice.getElement().setAttribute("role", "alert");
      add(notice);
      return;
    }
    if (conversations.isEmpty()) {
      add(new Paragraph(getTranslation("conversations.none")));
      return;
    }
    list(
        "conversations-open",
        "conversations.open",
        conversations.stream().filter(Conversation::isOpen).toList(),
        "conversations.join");
    list(
        "conversations-closed",
        "conversations.closed",
        conversations.stream().filter(c -> !c.isOpen()).toList(),
        "conversations.view");
  }

  private void list(String id, String headingKey, List<Conversation> items, String linkKey) {
    if (items.isEmpty()) {
      return;
    }
    H2 heading = new H2(getTranslation(headingKey));
    heading.setId(id);
    UnorderedList list = new UnorderedList();
    list.addClassName("entries");
    for (Conversation conversation : items) {
      RouterLink link =
          new RouterLink(
              conversation.topic(),
              ConversationView.class,
              new RouteParameters("id", conversation.id().toString()));
      link.getElement().setAttribute("aria-label", getTranslation(linkKey, conversation.topic()));
      ListItem item = new ListItem(new H3(link));
      String description = description(conversation);
      if (!description.isBlank()) {
        item.add(new Paragraph(description));
      }
      list.add(item);
    }
    Section section = new Section(heading, list);
    section.addClassName("register");
    section.getElement().setAttribute("aria-labelledby", id);
    add(section);
  }

  static String description(Conversation conversation) {
    String text =
        PortalLanguage.isEnglish() && conversation.descriptionEn() != null
            ? conversation.descriptionEn()
            : conversation.descriptionNl();
    return text == null ? "" : text;
  }

  @Override
  public String getPageTitle() {
    return getTranslation("conversations.title") + " - " + MainLayout.TITLE;
  }
}
