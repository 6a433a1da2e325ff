package nl.provincie.ethiek.portal.conversation;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import nl.provincie.ethiek.portal.conversation.ParticipationModel.Conversation;
import nl.provincie.ethiek.portal.conversation.ParticipationModel.Next;
import nl.provincie.ethiek.portal.conversation.ParticipationModel.Statement;
import nl.provincie.ethiek.portal.conversation.ParticipationModel.Vote;
import nl.provincie.ethiek.portal.conversation.ParticipationModel.Withdrawal;
import nl.provincie.ethiek.portal.http.ServiceUnavailableException;
import nl.provincie.ethiek.portal.shell.MainLayout;
import nl.provincie.ethiek.portal.shell.PortalButtons;
import nl.provincie.ethiek.portal.shell.PortalRoutes;
import nl.provincie.ethiek.portal.shell.RouteIds;
import nl.provincie.ethiek.portal.shell.ServiceLocator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A conversation, one statement at a time: agree, disagree or pass with real buttons; the progress
 * is announced politely; after each vote focus moves to the new statement and the opinion map below
 * the card ({@link VotingCompanion}) shows where the resident now stands. Residents may add their
 * own statement (refusals shown as plain messages) and remove their participation.
 */
@Route(value = PortalRoutes.CONVERSATION, layout = MainLayout.class)
class ConversationView extends Div implements BeforeEnterObserver, HasDynamicTitle {

  private static final Logger LOG = LoggerFactory.getLogger(ConversationView.class);

  private final Section card = new Section();
  private final H2 statementHeading = new H2();
  private final Paragraph statementText = new Paragraph();
  private final Paragraph statementMeta = new Paragraph();
  private final Div choices = new Div();
  private final Paragraph progress = new Paragraph();
  private final Paragraph message = new Paragraph();

  private ParticipationClient client;
  private Conversation conversation;
  private Statement current;
  private VotingCompanion.Panel companion;
  private String token;
  private String title = "";

  public ConversationView() {
    addClassName("conversation");
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    removeAll();
    client = ServiceLocator.get(ParticipationClient.class);
    Optional<UUID> id = event.getRouteParameters().get("id").flatMap(RouteIds::uuid);
    try {
      Optional<Conversation> found = id.flatMap(client::conversation);
      if (found.isEmpty()) {
        title = getTranslation("conversation.notfound.title");
        add(new H1(title), new Paragraph(getTranslation("conversation.notfound.text")));
        return;
      }
      conversation = found.get();
      title = conversation.topic();
      add(new H1(title));
      String description = ConversationsView.description(conversation);
      if (!description.isBlank()) {
        add(new Paragraph(description));
      }
      add(ConversationLinks.of(this, conversation));
      if (!conversation.isOpen()) {
        Paragraph closed = new Paragraph(getTranslation("conversation.closed"));
        closed.addClassName("notice");
        add(closed);
        return;
      }
      Paragraph privacy = new Paragraph(getTranslation("conversation.privacy"));
      privacy.addClassName("privacy");
      add(privacy);
      buildVoting();
      show(withToken(() -> client.next(conversation.id(), token)));
      companion =
          ServiceLocator.get(VotingCompanion.class)
              .open(conversation, () -> Optional.ofNullable(token));
      add(companion.component());
      if (conversation.residentsMayAddStatements()) {
        buildAddStatement();
      }
      buildRemoval();
    } catch (ServiceUnavailableException | ParticipationRefusedException e) {
      LOG.warn("Conversation not available: {}", e.getMessage());
      removeAll();
      title = getTranslation("conversations.title");
      Paragraph notice = new Paragraph(getTranslation("unavailable.participation"));
      notice.addClassName("notice");
      notice.getElement().setAttribute("role", "alert");
      add(new H1(title), notice);
    }
  }

  private void buildVoting() {
    statementHeading.setId("statement-heading");
    statementHeading.getElement().setAttribute("tabindex", "-1");
    statementText.addClassName("statement-text");
    statementText.setId("statement-text");
    statementMeta.addClassName("statement-meta");
    NativeButton agree = voteButton(Vote.AGREE, "conversation.agree");
    NativeButton disagree = voteButton(Vote.DISAGREE, "conversation.disagree");
    NativeButton pass = voteButton(Vote.PASS, "conversation.pass");
    choices.add(agree, disagree, pass);
    choices.addClassName("choices");
    choices.getElement().setAttribute("role", "group");
    choices.getElement().setAttribute("aria-label", getTranslation("conversation.choices"));
    progress.addClassName("progress");
    progress.getElement().setAttribute("role", "status");
    progress.getElement().setAttribute("aria-live", "polite");
    message.addClassName("notice");
    message.getElement().setAttribute("role", "alert");
    message.setVisible(false);
    card.addClassName("statement-card");
    card.getElement().setAttribute("aria-labelledby", "statement-heading");
    card.add(statementHeading, statementText, statementMeta, choices, message);
    add(card, progress);
  }

  /**
   * The three answers look the same: agreeing and disagreeing are not good and bad, and passing is
   * an answer too.
   */
  private NativeButton voteButton(Vote vote, String key) {
    NativeButton button = PortalButtons.primary(getTranslation(key), click -> vote(vote));
    button.addClassName("vote-" + vote.wire());
    button.getElement().setAttribute("aria-describedby", "statement-text");
    return button;
  }

  private void vote(Vote vote) {
    if (current == null) {
      return;
    }
    message.setVisible(false);
    UUID statement = current.id();
    UUID requestId = UUID.randomUUID();
    try {
      withToken(
          () -> {
            client.vote(conversation.id(), token, statement, vote, requestId);
            return null;
          });
    } catch (ParticipationRefusedException e) {
      if (!"unknown-statement".equals(e.reason())) {
        showRefusal(message, e);
        return;
      }
    } catch (ServiceUnavailableException e) {
      LOG.warn("Vote failed: {}", e.getMessage());
      message.setText(getTranslation("unavailable.participation"));
      message.setVisible(true);
      return;
    }
    try {
      show(withToken(() -> client.next(conversation.id(), token)));
      statementHeading.getElement().callJsFunction("focus");
      companion.votesChanged();
    } catch (ServiceUnavailableException | ParticipationRefusedException e) {
      LOG.warn("Next statement failed: {}", e.getMessage());
      message.setText(getTranslation("unavailable.participation"));
      message.setVisible(true);
    }
  }

  private void show(Next next) {
    current = next.statement();
    if (current == null) {
      statementHeading.setText(
          getTranslation(next.total() == 0 ? "conversation.empty" : "conversation.done"));
      statementText.setText("");
      statementMeta.setVisible(false);
      choices.setVisible(false);
    } else {
      int position = Math.min(next.voted() + 1, Math.max(next.total(), 1));
      statementHeading.setText(
          getTranslation("conversation.statement.heading", position, next.total()));
      statementText.setText(current.text());
      statementMeta.setText(getTranslation("conversation.statement.meta"));
      statementMeta.setVisible(current.meta());
      choices.setVisible(true);
    }
    int remaining = Math.max(next.total() - next.voted(), 0);
    progress.setText(
        remaining == 0
            ? getTranslation("conversation.progress.all", next.voted(), next.total())
            : getTranslation("conversation.progress", next.voted(), next.total(), remaining));
  }

  private void buildAddStatement() {
    int max = conversation.maxStatementLength() > 0 ? conversation.maxStatementLength() : 140;
    add(
        new OwnStatementForm(
            max,
            text -> withToken(() -> client.addStatement(conversation.id(), token, text)),
            added -> {
              if (current == null && !added.pending()) {
                show(withToken(() -> client.next(conversation.id(), token)));
              }
            }));
  }

  private void showRefusal(Paragraph target, ParticipationRefusedException e) {
    target.setText(Refusals.text(this, e, conversation.maxStatementLength()));
    target.addClassName("notice");
    target.setVisible(true);
  }

  private void buildRemoval() {
    H2 heading = new H2(getTranslation("conversation.remove.heading"));
    heading.setId("remove-participation");
    Paragraph result = new Paragraph();
    result.getElement().setAttribute("role", "status");
    result.setVisible(false);
    Div confirm = new Div(new Paragraph(getTranslation("conversation.remove.confirm")));
    confirm.addClassName("confirm");
    confirm.setVisible(false);
    NativeButton start = PortalButtons.plain(getTranslation("conversation.remove.button"));
    NativeButton yes = PortalButtons.danger(getTranslation("conversation.remove.yes"));
    NativeButton no = PortalButtons.plain(getTranslation("conversation.remove.no"));
    confirm.add(yes, no);
    start.addClickListener(
        click -> {
          confirm.setVisible(true);
          start.setVisible(false);
          no.focus();
        });
    no.addClickListener(
        click -> {
          confirm.setVisible(false);
          start.setVisible(true);
          start.focus();
        });
    yes.addClickListener(
        click -> {
          try {
            Withdrawal done = withToken(() -> client.withdraw(conversation.id(), token));
            result.setText(
                getTranslation(
                    "conversation.remove.done", done.votesRemoved(), done.statementsWithdrawn()));
            ParticipantCookie.clear();
            token = null;
            card.setVisible(false);
            progress.setVisible(false);
          } catch (ServiceUnavailableException | ParticipationRefusedException e) {
            LOG.warn("Withdrawal failed: {}", e.getMessage());
            result.setText(getTranslation("unavailable.participation"));
          }
          confirm.setVisible(false);
          result.setVisible(true);
        });
    Section section =
        new Section(
            heading,
            new Paragraph(getTranslation("conversation.remove.text")),
            start,
            confirm,
            result);
    section.addClassName("remove-participation");
    section.getElement().setAttribute("aria-labelledby", "remove-participation");
    add(section);
  }

  /**
   * Runs a call with the resident's token: from the cookie, or a new one from the service (then
   * kept in the cookie). A token the service no longer accepts is replaced once.
   */
  private <T> T withToken(Supplier<T> call) {
    if (token == null) {
      token = ParticipantCookie.read().orElseGet(this::newToken);
    }
    try {
      return call.get();
    } catch (ParticipationRefusedException e) {
      if (!e.invalidToken()) {
        throw e;
      }
      token = newToken();
      return call.get();
    }
  }

  private String newToken() {
    String issued = client.newParticipant();
    ParticipantCookie.write(issued);
    return issued;
  }

  @Override
  public String getPageTitle() {
    return (title.isBlank() ? getTranslation("conversations.title") : title)
        + " - "
        + MainLayout.TITLE;
  }
}
