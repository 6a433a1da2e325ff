package nl.provincie.ethiek.portal.backoffice.moderation;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import java.util.Optional;
import nl.provincie.ethiek.portal.backoffice.FormErrors;
import nl.provincie.ethiek.portal.backoffice.moderation.ModerationModel.Conversation;
import nl.provincie.ethiek.portal.backoffice.moderation.ModerationModel.Settings;

/** A conversation's settings: topic, descriptions, moderation and the case it belongs to. */
class ConversationForm extends Div {

  final TextField topic = new TextField();
  final TextArea descriptionNl = new TextArea();
  final TextArea descriptionEn = new TextArea();
  final RadioButtonGroup<String> moderationMode = new RadioButtonGroup<>();
  final Checkbox residentsMayAddStatements = new Checkbox();
  final IntegerField maxStatementLength = new IntegerField();
  final CaseField caseId = new CaseField();
  final FormErrors errors;

  ConversationForm() {
    addClassName("backoffice-form");
    topic.setLabel(getTranslation("backoffice.conversation.topic"));
    topic.setRequiredIndicatorVisible(true);
    topic.setMaxLength(200);
    descriptionNl.setLabel(getTranslation("backoffice.conversation.descriptionNl"));
    descriptionNl.setRequiredIndicatorVisible(true);
    descriptionNl.setMaxLength(4000);
    descriptionEn.setLabel(getTranslation("backoffice.conversation.descriptionEn"));
    descriptionEn.setMaxLength(4000);
    moderationMode.setLabel(getTranslation("backoffice.conversation.moderationMode"));
    moderationMode.setItems("STRICT", "OPEN");
    moderationMode.setItemLabelGenerator(
        mode -> getTranslation("backoffice.conversation.moderationMode." + mode));
    moderationMode.setValue("STRICT");
    residentsMayAddStatements.setLabel(
        getTranslation("backoffice.conversation.residentsMayAddStatements"));
    residentsMayAddStatements.setValue(true);
    maxStatementLength.setLabel(getTranslation("backoffice.conversation.maxStatementLength"));
    maxStatementLength.setMin(20);
    maxStatementLength.setMax(1000);
    maxStatementLength.setValue(140);
    Map<String, HasValidation> byField =
        Map.of(
            "topic", topic,
            "descriptionNl", descriptionNl,
            "descriptionEn", descriptionEn,
            "maxStatementLength", maxStatementLength,
            "caseId", caseId);
    errors = new FormErrors(byField, this::getTranslation);
    add(
        errors.alert(),
        topic,
        descriptionNl,
        descriptionEn,
        moderationMode,
        residentsMayAddStatements,
        maxStatementLength,
        caseId);
  }

  void fill(Conversation conversation) {
    topic.setValue(conversation.topic());
    descriptionNl.setValue(Optional.ofNullable(conversation.descriptionNl()).orElse(""));
    descriptionEn.setValue(Optional.ofNullable(conversation.descriptionEn()).orElse(""));
    moderationMode.setValue(conversation.moderationMode());
    residentsMayAddStatements.setValue(conversation.residentsMayAddStatements());
    maxStatementLength.setValue(conversation.maxStatementLength());
    caseId.show(conversation.caseId());
  }

  /** The settings as entered. */
  Settings read() {
    errors.clear();
    return new Settings(
        topic.getValue(),
        descriptionNl.getValue(),
        descriptionEn.getValue().isBlank() ? null : descriptionEn.getValue(),
        moderationMode.getValue(),
        residentsMayAddStatements.getValue(),
        maxStatementLength.getValue(),
        caseId.linkedCase());
  }
}
