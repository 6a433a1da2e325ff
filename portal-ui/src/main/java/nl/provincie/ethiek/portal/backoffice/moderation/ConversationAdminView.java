package nl.provincie.ethiek.portal.backoffice.moderation;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import nl.provincie.ethiek.portal.backoffice.BackofficeLayout;
import nl.provincie.ethiek.portal.backoffice.FormErrors;
import nl.provincie.ethiek.portal.backoffice.login.StaffOnly;
import nl.provincie.ethiek.portal.backoffice.login.StaffRole;
import nl.provincie.ethiek.portal.backoffice.moderation.ModerationModel.Conversation;
import nl.provincie.ethiek.portal.http.ServiceRefusedException;
import nl.provincie.ethiek.portal.http.ServiceUnavailableException;
import nl.provincie.ethiek.portal.shell.MainLayout;
import nl.provincie.ethiek.portal.shell.PortalRoutes;
import nl.provincie.ethiek.portal.shell.RouteIds;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One conversation for its moderator: its state and the next step (open, close, publish the
 * report), its settings, seeding statements and the moderation queue.
 */
@Route(value = PortalRoutes.MODERATED_CONVERSATION, layout = BackofficeLayout.class)
@StaffOnly(StaffRole.MODERATOR)
class ConversationAdminView extends Div implements BeforeEnterObserver, HasDynamicTitle {

  private static final Logger LOG = LoggerFactory.getLogger(ConversationAdminView.class);

  /**
   * Each part of the page says what its own control did, next to that control (ADR 0052); a new
   * action clears every earlier message first.
   */
  private Paragraph stateMessage = message("state");

  private Paragraph settingsMessage = message("settings");
  private Paragraph seedMessage = message("seed");
  private Paragraph queueMessage = message("queue");
  private String title = "";

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    removeAll();
    Optional<UUID> id = event.getRouteParameters().get("id").flatMap(RouteIds::uuid);
    Optional<Conversation> conversation;
    try {
      conversation = id.flatMap(ModerationClient.current()::find);
    } catch (ServiceUnavailableException | ServiceRefusedException e) {
      LOG.warn("Conversation not available: {}", e.getMessage());
      add(
          new H1(getTranslation("backoffice.moderation.title")),
          alert("backoffice.error.unavailable"));
      return;
    }
    if (conversation.isEmpty()) {
      title = getTranslation("backoffice.error.notFound");
      add(new H1(title), back());
      return;
    }
    show(conversation.get());
  }

  private void show(Conversation conversation) {
    removeAll();
    title = conversation.topic();
    stateMessage = message("state");
    settingsMessage = message("settings");
    seedMessage = message("seed");
    queueMessage = message("queue");
    add(back(), new H1(conversation.topic()));
    add(stateSection(conversation));
    add(settingsSection(conversation));
    if (conversation.state() == ModerationModel.State.DRAFT
        || conversation.state() == ModerationModel.State.OPEN) {
      add(seedSection(conversation));
    }
    add(new ModerationQueuePanel(conversation.id(), queueMessage, this::clearMessages));
  }

  private static Paragraph message(String part) {
    Paragraph message = new Paragraph();
    message.addClassNames("status", "status-" + part);
    message.getElement().setAttribute("role", "status");
    return message;
  }

  private void clearMessages() {
    for (Paragraph message : List.of(stateMessage, settingsMessage, seedMessage, queueMessage)) {
      message.setText("");
    }
  }

  private Section stateSection(Conversation conversation) {
    Section section = new Section(new H2(getTranslation("backoffice.conversation.stateHeading")));
    section.add(
        new Paragraph(
            getTranslation(
                "backoffice.conversation.stateIs",
                getTranslation("backoffice.conversation.state." + conversation.state()))));
    UUID id = conversation.id();
    switch (conversation.state()) {
      case DRAFT ->
          section.add(
              step(
                  "backoffice.conversation.open",
                  "backoffice.conversation.open.done",
                  () -> client().open(id)));
      case OPEN -> section.add(closeWithConfirmation(id));
      case CLOSED ->
          section.add(
              step(
                  "backoffice.conversation.publishReport",
                  conversation.caseId() == null
                      ? "backoffice.conversation.reportPublished"
                      : "backoffice.conversation.publishReport.done",
                  () -> {
                    client().publishReport(id);
                    return client().find(id).orElse(conversation);
                  }));
      case REPORT_PUBLISHED ->
          section.add(new Paragraph(getTranslation("backoffice.conversation.reportPublished")));
    }
    section.add(stateMessage);
    return section;
  }

  /**
   * Closing cannot be undone, so it is confirmed first; focus moves to "Annuleren" and back to the
   * button, as on the resident page's removal confirmation.
   */
  private Div closeWithConfirmation(UUID id) {
    Button start = new Button(getTranslation("backoffice.conversation.close"));
    start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    Button yes =
        step(
            "backoffice.conversation.close.yes",
            "backoffice.conversation.close.done",
            () -> client().close(id));
    yes.addThemeVariants(ButtonVariant.LUMO_ERROR);
    Button no = new Button(getTranslation("backoffice.conversation.close.no"));
    Div confirm =
        new Div(new Paragraph(getTranslation("backoffice.conversation.close.confirm")), yes, no);
    confirm.addClassName("confirm");
    confirm.setVisible(false);
    start.addClickListener(
        click -> {
          clearMessages();
          swap(start, confirm, no);
        });
    no.addClickListener(click -> swap(confirm, start, start));
    return new Div(start, confirm);
  }

  /** Hides one part, shows the other and puts the focus where the keyboard user goes next. */
  private static void swap(Component hide, Component show, Focusable<?> focus) {
    hide.setVisible(false);
    show.setVisible(true);
    focus.focus();
  }

  private Button step(String key, String doneKey, Supplier<Conversation> action) {
    Button button =
        new Button(
            getTranslation(key),
            click -> {
              clearMessages();
              try {
                Conversation changed = action.get();
                show(changed);
                stateMessage.setText(getTranslation(doneKey));
              } catch (ServiceRefusedException e) {
                LOG.info("Conversation step refused: {}", e.getMessage());
                stateMessage.setText(getTranslation(FormErrors.problemKey(e)));
              } catch (ServiceUnavailableException e) {
                LOG.warn("Conversation step failed: {}", e.getMessage());
                stateMessage.setText(getTranslation("backoffice.error.unavailable"));
              }
            });
    button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    return button;
  }

  private Section settingsSection(Conversation conversation) {
    ConversationForm form = new ConversationForm();
    form.fill(conversation);
    Button save =
        new Button(
            getTranslation("backoffice.conversation.save"),
            click -> {
              clearMessages();
              try {
                show(client().edit(conversation.id(), form.read()));
                settingsMessage.setText(getTranslation("backoffice.conversation.saved"));
              } catch (ServiceRefusedException | ServiceUnavailableException e) {
                LOG.info("Settings not saved: {}", e.getMessage());
                form.errors.show(e);
              }
            });
    boolean editable =
        conversation.state() == ModerationModel.State.DRAFT
            || conversation.state() == ModerationModel.State.OPEN;
    form.setEnabled(editable);
    save.setEnabled(editable);
    return new Section(
        new H2(getTranslation("backoffice.conversation.settings")), form, save, settingsMessage);
  }

  private Section seedSection(Conversation conversation) {
    TextArea text = new TextArea(getTranslation("backoffice.seed.text"));
    text.setMaxLength(conversation.maxStatementLength());
    text.setRequiredIndicatorVisible(true);
    Checkbox meta = new Checkbox(getTranslation("backoffice.seed.meta"));
    FormErrors errors = new FormErrors(Map.of("text", text), this::getTranslation);
    Button seed =
        new Button(
            getTranslation("backoffice.seed.add"),
            click -> {
              clearMessages();
              try {
                var statement = client().seed(conversation.id(), text.getValue(), meta.getValue());
                errors.clear();
                text.clear();
                meta.clear();
                seedMessage.setText(getTranslation("backoffice.seed.added", statement.number()));
              } catch (ServiceRefusedException | ServiceUnavailableException e) {
                LOG.info("Statement not seeded: {}", e.getMessage());
                errors.show(e);
              }
            });
    Div form = new Div(errors.alert(), text, meta, seed, seedMessage);
    form.addClassName("backoffice-form");
    return new Section(new H2(getTranslation("backoffice.seed.title")), form);
  }

  private static ModerationClient client() {
    return ModerationClient.current();
  }

  private RouterLink back() {
    return new RouterLink(
        getTranslation("backoffice.moderation.back"), ConversationsAdminView.class);
  }

  private Paragraph alert(String key) {
    Paragraph notice = new Paragraph(getTranslation(key));
    notice.addClassName("notice");
    notice.getElement().setAttribute("role", "alert");
    return notice;
  }

  @Override
  public String getPageTitle() {
    return title + " - " + MainLayout.TITLE;
  }
}
