package nl.provincie.ethiek.portal.backoffice.moderation;

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

  private final Paragraph status = new Paragraph();
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
    status.addClassName("status");
    status.getElement().setAttribute("role", "status");
    add(back(), new H1(conversation.topic()), status);
    add(stateSection(conversation));
    add(settingsSection(conversation));
    if (conversation.state() == ModerationModel.State.DRAFT
        || conversation.state() == ModerationModel.State.OPEN) {
      add(seedSection(conversation));
    }
    add(new ModerationQueuePanel(conversation.id(), status));
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
      case DRAFT -> section.add(step("backoffice.conversation.open", () -> client().open(id)));
      case OPEN -> section.add(step("backoffice.conversation.close", () -> client().close(id)));
      case CLOSED ->
          section.add(
              step(
                  "backoffice.conversation.publishReport",
                  () -> {
                    client().publishReport(id);
                    return client().find(id).orElse(conversation);
                  }));
      case REPORT_PUBLISHED ->
          section.add(new Paragraph(getTranslation("backoffice.conversation.reportPublished")));
    }
    return section;
  }

  private Button step(String key, Supplier<Conversation> action) {
    Button button =
        new Button(
            getTranslation(key),
            click -> {
              try {
                Conversation changed = action.get();
                show(changed);
                status.setText(getTranslation(key + ".done"));
              } catch (ServiceRefusedException e) {
                LOG.info("Conversation step refused: {}", e.getMessage());
                status.setText(getTranslation(FormErrors.problemKey(e)));
              } catch (ServiceUnavailableException e) {
                LOG.warn("Conversation step failed: {}", e.getMessage());
                status.setText(getTranslation("backoffice.error.unavailable"));
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
            click ->
                form.read()
                    .ifPresent(
                        settings -> {
                          try {
                            show(client().edit(conversation.id(), settings));
                            status.setText(getTranslation("backoffice.conversation.saved"));
                          } catch (ServiceRefusedException | ServiceUnavailableException e) {
                            LOG.info("Settings not saved: {}", e.getMessage());
                            form.errors.show(e);
                          }
                        }));
    boolean editable =
        conversation.state() == ModerationModel.State.DRAFT
            || conversation.state() == ModerationModel.State.OPEN;
    form.setEnabled(editable);
    save.setEnabled(editable);
    return new Section(new H2(getTranslation("backoffice.conversation.settings")), form, save);
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
              try {
                var statement = client().seed(conversation.id(), text.getValue(), meta.getValue());
                errors.clear();
                text.clear();
                meta.clear();
                status.setText(getTranslation("backoffice.seed.added", statement.number()));
              } catch (ServiceRefusedException | ServiceUnavailableException e) {
                LOG.info("Statement not seeded: {}", e.getMessage());
                errors.show(e);
              }
            });
    Div form = new Div(errors.alert(), text, meta, seed);
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
