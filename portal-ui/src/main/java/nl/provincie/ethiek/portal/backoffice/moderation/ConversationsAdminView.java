package nl.provincie.ethiek.portal.backoffice.moderation;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import nl.provincie.ethiek.portal.backoffice.BackofficeLayout;
import nl.provincie.ethiek.portal.backoffice.login.StaffOnly;
import nl.provincie.ethiek.portal.backoffice.login.StaffRole;
import nl.provincie.ethiek.portal.backoffice.moderation.ModerationModel.Conversation;
import nl.provincie.ethiek.portal.http.ServiceRefusedException;
import nl.provincie.ethiek.portal.http.ServiceUnavailableException;
import nl.provincie.ethiek.portal.shell.MainLayout;
import nl.provincie.ethiek.portal.shell.PortalRoutes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Every conversation, drafts included, and a form to start a new one. Moderators only. */
@Route(value = PortalRoutes.MODERATION, layout = BackofficeLayout.class)
@StaffOnly(StaffRole.MODERATOR)
class ConversationsAdminView extends Div implements HasDynamicTitle {

  private static final Logger LOG = LoggerFactory.getLogger(ConversationsAdminView.class);

  public ConversationsAdminView() {
    add(new H1(getTranslation("backoffice.moderation.title")));
    add(list());
    H2 heading = new H2(getTranslation("backoffice.moderation.new"));
    ConversationForm form = new ConversationForm();
    Button create =
        new Button(getTranslation("backoffice.moderation.create"), click -> create(form));
    create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    add(heading, form, create);
  }

  private Div list() {
    Div section = new Div();
    try {
      var conversations = ModerationClient.current().all().items();
      if (conversations.isEmpty()) {
        section.add(new Paragraph(getTranslation("backoffice.moderation.none")));
        return section;
      }
      UnorderedList list = new UnorderedList();
      list.addClassName("entries");
      conversations.forEach(c -> list.add(item(c)));
      section.add(list);
    } catch (ServiceUnavailableException | ServiceRefusedException e) {
      LOG.warn("Conversations not available: {}", e.getMessage());
      Paragraph notice = new Paragraph(getTranslation("backoffice.error.unavailable"));
      notice.addClassName("notice");
      notice.getElement().setAttribute("role", "alert");
      section.add(notice);
    }
    return section;
  }

  private ListItem item(Conversation conversation) {
    RouterLink link =
        new RouterLink(
            conversation.topic(),
            ConversationAdminView.class,
            new RouteParameters("id", conversation.id().toString()));
    Span state = new Span(getTranslation("backoffice.conversation.state." + conversation.state()));
    state.addClassName("badge");
    ListItem item = new ListItem(link, new Span(" "), state);
    if (conversation.pending() > 0) {
      // the count is words, not a coloured dot: it reads the same without colour (WCAG 1.4.1)
      Span pending =
          new Span(getTranslation("backoffice.moderation.pending", conversation.pending()));
      pending.addClassName("pending-count");
      item.add(new Span(" "), pending);
    }
    return item;
  }

  private void create(ConversationForm form) {
    try {
      Conversation created = ModerationClient.current().create(form.read());
      UI.getCurrent()
          .navigate(
              ConversationAdminView.class, new RouteParameters("id", created.id().toString()));
    } catch (ServiceRefusedException | ServiceUnavailableException e) {
      LOG.info("Conversation not created: {}", e.getMessage());
      form.errors.show(e);
    }
  }

  @Override
  public String getPageTitle() {
    return getTranslation("backoffice.moderation.title") + " - " + MainLayout.TITLE;
  }
}
