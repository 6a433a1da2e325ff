package nl.provincie.ethiek.portal.conversation;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import java.util.Optional;
import java.util.UUID;
import nl.provincie.ethiek.portal.conversation.ParticipationModel.Conversation;
import nl.provincie.ethiek.portal.http.ServiceUnavailableException;
import nl.provincie.ethiek.portal.shell.MainLayout;
import nl.provincie.ethiek.portal.shell.RouteIds;
import nl.provincie.ethiek.portal.shell.ServiceLocator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A page about one conversation, routed as {@code gesprekken/:id/...}: looks the conversation up,
 * says so plainly when it does not exist or the service cannot be reached, and otherwise lets the
 * page {@link #show(Conversation)} it.
 */
public abstract class ConversationSubpage extends Div
    implements BeforeEnterObserver, HasDynamicTitle {

  private static final Logger LOG = LoggerFactory.getLogger(ConversationSubpage.class);

  private final String headingKey;
  private String title = "";

  /** {@code headingKey}: the page's name, used as its heading when there is no conversation. */
  protected ConversationSubpage(String headingKey) {
    this.headingKey = headingKey;
  }

  @Override
  public final void beforeEnter(BeforeEnterEvent event) {
    removeAll();
    reset();
    Optional<UUID> id = event.getRouteParameters().get("id").flatMap(RouteIds::uuid);
    Optional<Conversation> found;
    try {
      found = id.flatMap(ServiceLocator.get(ParticipationClient.class)::conversation);
    } catch (ServiceUnavailableException | ParticipationRefusedException e) {
      LOG.warn("Conversation for {} not available: {}", getClass().getSimpleName(), e.getMessage());
      unavailable();
      return;
    }
    if (found.isEmpty()) {
      title = getTranslation("conversation.notfound.title");
      add(new H1(title), new Paragraph(getTranslation("conversation.notfound.text")));
      return;
    }
    show(found.get());
  }

  /**
   * Forgets what the page showed before: Vaadin reuses the instance when the resident goes from one
   * conversation to another on the same route.
   */
  protected void reset() {}

  /** Builds the page for a conversation that exists; the page is empty when this is called. */
  protected abstract void show(Conversation conversation);

  /** The page's main heading (also its title). */
  protected H1 heading(String text) {
    title = text;
    return new H1(text);
  }

  /** Replaces the page by a heading and the message that the conversations cannot be reached. */
  protected void unavailable() {
    removeAll();
    add(heading(getTranslation(headingKey)), alert("unavailable.participation"));
  }

  /** A message that screen readers announce at once. */
  protected Paragraph alert(String key) {
    Paragraph notice = new Paragraph(getTranslation(key));
    notice.addClassName("notice");
    notice.getElement().setAttribute("role", "alert");
    return notice;
  }

  @Override
  public String getPageTitle() {
    return (title.isBlank() ? getTranslation(headingKey) : title) + " - " + MainLayout.TITLE;
  }
}
