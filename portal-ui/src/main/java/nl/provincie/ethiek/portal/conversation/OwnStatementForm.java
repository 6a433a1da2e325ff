package nl.provincie.ethiek.portal.conversation;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import nl.provincie.ethiek.portal.conversation.ParticipationModel.AddedStatement;
import nl.provincie.ethiek.portal.http.ServiceUnavailableException;
import nl.provincie.ethiek.portal.shell.PortalButtons;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "Add your own statement": a counter of the characters written against the conversation's maximum,
 * a text that is too long refused here with the count (never cut off), and each answer shown once,
 * where it belongs: a refusal of the text at the field, everything else (received, waiting for a
 * moderator, service away) below the button. Editing the text clears the old answer.
 */
class OwnStatementForm extends Section {

  private static final Logger LOG = LoggerFactory.getLogger(OwnStatementForm.class);

  /** Refusals about the text itself, shown at the field; the others are about the conversation. */
  private static final Set<String> ABOUT_THE_TEXT =
      Set.of("invalid-statement", "duplicate-statement");

  private final int max;
  private final Function<String, AddedStatement> submit;
  private final Consumer<AddedStatement> accepted;
  private final TextArea text = new TextArea();
  private final Span counter = new Span();
  private final Paragraph answer = new Paragraph();

  OwnStatementForm(
      int max, Function<String, AddedStatement> submit, Consumer<AddedStatement> accepted) {
    this.max = max;
    this.submit = submit;
    this.accepted = accepted;
    H2 heading = new H2(getTranslation("conversation.add.heading"));
    heading.setId("add-statement");
    text.setLabel(getTranslation("conversation.add.label"));
    text.setHelperText(getTranslation("conversation.add.helper", max));
    text.setWidthFull();
    text.setValueChangeMode(ValueChangeMode.LAZY);
    text.addValueChangeListener(change -> edited());
    counter.addClassName("statement-counter");
    counter.setId("statement-counter");
    text.getElement().setAttribute("aria-describedby", "statement-counter");
    answer.addClassName("add-message");
    answer.getElement().setAttribute("role", "status");
    answer.setVisible(false);
    NativeButton add =
        PortalButtons.primary(getTranslation("conversation.add.button"), click -> send());
    add(heading, text, counter, add, answer);
    addClassName("add-statement");
    getElement().setAttribute("aria-labelledby", "add-statement");
    count();
  }

  private void edited() {
    answer.setVisible(false);
    count();
    if (length() <= max) {
      text.setInvalid(false);
      text.setErrorMessage(null);
    } else {
      refuseAtField(getTranslation("conversation.add.too-long", length(), max));
    }
  }

  private void count() {
    int length = length();
    counter.setText(
        length <= max
            ? getTranslation("conversation.add.counter", length, max)
            : getTranslation("conversation.add.counter.over", length - max, max));
    counter.getElement().getClassList().set("over", length > max);
  }

  private int length() {
    String value = text.getValue();
    return value == null ? 0 : value.strip().codePointCount(0, value.strip().length());
  }

  private void send() {
    answer.setVisible(false);
    answer.removeClassName("notice");
    if (length() > max) {
      refuseAtField(getTranslation("conversation.add.too-long", length(), max));
      return;
    }
    try {
      AddedStatement added = submit.apply(text.getValue());
      text.clear();
      text.setInvalid(false);
      show(
          getTranslation(
              added.pending() ? "conversation.add.pending" : "conversation.add.accepted"),
          false);
      accepted.accept(added);
    } catch (ParticipationRefusedException e) {
      String explanation = Refusals.text(this, e, max);
      if (ABOUT_THE_TEXT.contains(e.reason())) {
        refuseAtField(explanation);
      } else {
        show(explanation, true);
      }
    } catch (ServiceUnavailableException e) {
      LOG.warn("Adding a statement failed: {}", e.getMessage());
      show(getTranslation("unavailable.participation"), true);
    }
  }

  private void refuseAtField(String explanation) {
    text.setErrorMessage(explanation);
    text.setInvalid(true);
  }

  private void show(String message, boolean notice) {
    answer.setText(message);
    answer.getElement().getClassList().set("notice", notice);
    answer.setVisible(true);
  }
}
