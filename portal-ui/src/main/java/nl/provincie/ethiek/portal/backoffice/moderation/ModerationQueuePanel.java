package nl.provincie.ethiek.portal.backoffice.moderation;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import java.util.UUID;
import java.util.function.Supplier;
import nl.provincie.ethiek.portal.backoffice.FormErrors;
import nl.provincie.ethiek.portal.backoffice.moderation.ModerationModel.Moderation;
import nl.provincie.ethiek.portal.backoffice.moderation.ModerationModel.Queue;
import nl.provincie.ethiek.portal.backoffice.moderation.ModerationModel.Statement;
import nl.provincie.ethiek.portal.http.ServiceRefusedException;
import nl.provincie.ethiek.portal.http.ServiceUnavailableException;

/**
 * The moderation queue of one conversation: statements per moderation state, a page at a time, with
 * the counts per state; accept, reject with a reason, or mark as meta.
 */
class ModerationQueuePanel extends Section {

  static final int PAGE_SIZE = 20;

  private final UUID conversation;
  private final Paragraph status;
  private final Runnable clearMessages;
  private final RadioButtonGroup<Moderation> state = new RadioButtonGroup<>();
  private final UnorderedList items = new UnorderedList();
  private final Div paging = new Div();
  private Queue current;
  private int page;

  ModerationQueuePanel(UUID conversation, Paragraph status, Runnable clearMessages) {
    this.conversation = conversation;
    this.status = status;
    this.clearMessages = clearMessages;
    addClassName("moderation-queue");
    state.setLabel(getTranslation("backoffice.queue.state"));
    state.setItems(Moderation.values());
    state.setValue(Moderation.PENDING);
    state.addValueChangeListener(
        change -> {
          if (change.isFromClient() || change.getOldValue() != change.getValue()) {
            page = 0;
            load();
          }
        });
    items.addClassName("entries");
    paging.addClassName("paging");
    add(new H2(getTranslation("backoffice.queue.title")), state, status, items, paging);
    load();
  }

  private void load() {
    try {
      current = ModerationClient.current().queue(conversation, state.getValue(), page, PAGE_SIZE);
    } catch (ServiceRefusedException | ServiceUnavailableException e) {
      items.removeAll();
      status.setText(
          e instanceof ServiceRefusedException refusal
              ? getTranslation(FormErrors.problemKey(refusal))
              : getTranslation("backoffice.error.unavailable"));
      return;
    }
    state.setItemLabelGenerator(s -> getTranslation("backoffice.queue." + s, current.count(s)));
    items.removeAll();
    if (current.items().isEmpty()) {
      items.add(new ListItem(getTranslation("backoffice.queue.empty")));
    }
    current.items().forEach(statement -> items.add(item(statement)));
    paging();
  }

  private void paging() {
    paging.removeAll();
    long total = current.count(state.getValue());
    long pages = Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
    Button previous =
        new Button(
            getTranslation("backoffice.queue.previous"),
            click -> {
              page--;
              load();
            });
    previous.setEnabled(page > 0);
    Button next =
        new Button(
            getTranslation("backoffice.queue.next"),
            click -> {
              page++;
              load();
            });
    next.setEnabled(page + 1 < pages);
    paging.add(previous, new Span(getTranslation("backoffice.queue.page", page + 1, pages)), next);
  }

  private ListItem item(Statement statement) {
    ListItem item = new ListItem();
    item.addClassName("queue-item");
    Paragraph text = new Paragraph(getTranslation("backoffice.queue.number", statement.number()));
    text.add(new Span(" " + statement.text()));
    item.add(text);
    if (statement.meta()) {
      Span meta = new Span(getTranslation("backoffice.queue.isMeta"));
      meta.addClassName("badge");
      item.add(meta);
    }
    if (statement.moderationReason() != null) {
      item.add(
          new Paragraph(getTranslation("backoffice.queue.reason", statement.moderationReason())));
    }
    Div actions = new Div();
    actions.addClassName("actions");
    if (statement.moderation() != Moderation.ACCEPTED) {
      Button accept =
          action("backoffice.queue.accept", statement, () -> client().accept(statement.id()));
      accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
      actions.add(accept);
    }
    if (statement.moderation() != Moderation.REJECTED) {
      TextField reason = new TextField(getTranslation("backoffice.queue.rejectReason"));
      reason.setMaxLength(500);
      FormErrors errors = new FormErrors(java.util.Map.of("reason", reason), this::getTranslation);
      Button reject =
          new Button(
              getTranslation("backoffice.queue.reject"),
              click -> {
                clearMessages.run();
                if (reason.getValue().isBlank()) {
                  reason.setErrorMessage(getTranslation("backoffice.queue.rejectReason.required"));
                  reason.setInvalid(true);
                  return;
                }
                try {
                  client().reject(statement.id(), reason.getValue());
                  done("backoffice.queue.reject.done", statement);
                } catch (ServiceRefusedException | ServiceUnavailableException e) {
                  errors.show(e);
                }
              });
      reject
          .getElement()
          .setAttribute(
              "aria-label", getTranslation("backoffice.queue.rejectNumber", statement.number()));
      actions.add(errors.alert(), reason, reject);
    }
    actions.add(
        action(
            statement.meta() ? "backoffice.queue.unmarkMeta" : "backoffice.queue.markMeta",
            statement,
            () -> client().markMeta(statement.id(), !statement.meta())));
    item.add(actions);
    return item;
  }

  private Button action(String key, Statement statement, Supplier<Statement> call) {
    Button button =
        new Button(
            getTranslation(key),
            click -> {
              clearMessages.run();
              try {
                call.get();
                done(key + ".done", statement);
              } catch (ServiceRefusedException e) {
                status.setText(getTranslation(FormErrors.problemKey(e)));
              } catch (ServiceUnavailableException e) {
                status.setText(getTranslation("backoffice.error.unavailable"));
              }
            });
    button
        .getElement()
        .setAttribute("aria-label", getTranslation(key + ".label", statement.number()));
    return button;
  }

  private void done(String key, Statement statement) {
    status.setText(getTranslation(key, statement.number()));
    load();
  }

  private static ModerationClient client() {
    return ModerationClient.current();
  }
}
