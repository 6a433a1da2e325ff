package nl.provincie.ethiek.portal.backoffice.cases;

import com.fasterxml.jackson.databind.JsonNode;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import nl.provincie.ethiek.portal.backoffice.FormErrors;

/**
 * Residents' participation: asking for it, and the published results of the linked conversations
 * (opinion groups, consensus, counts) with what the commission did with them.
 */
class ParticipationSection extends Section {

  ParticipationSection(UUID id, JsonNode ethicsCase, CaseChange change, boolean work) {
    add(CasePages.heading(getTranslation("backoffice.participation.title"), work));
    for (JsonNode request : ethicsCase.path("participationRequests")) {
      add(
          new Paragraph(
              getTranslation(
                  "backoffice.participation.requested", request.path("question").asText())));
    }
    if (work) {
      add(requestForm(id, change));
    }
    JsonNode inputs = ethicsCase.path("participationInputs");
    if (inputs.isEmpty()) {
      add(new Paragraph(getTranslation("backoffice.participation.noResults")));
    }
    for (JsonNode input : inputs) {
      add(result(id, input, change, work));
    }
  }

  private Div requestForm(UUID id, CaseChange change) {
    TextArea question = new TextArea(getTranslation("backoffice.participation.question"));
    question.setMaxLength(1000);
    TextArea groups = new TextArea(getTranslation("backoffice.participation.targetGroups"));
    groups.setHelperText(getTranslation("backoffice.register.lines.help"));
    FormErrors errors = new FormErrors(Map.of("question", question), this::getTranslation);
    Button ask =
        new Button(
            getTranslation("backoffice.participation.request"),
            click -> {
              Map<String, Object> body = new LinkedHashMap<>();
              body.put("question", question.getValue());
              body.put("targetGroups", CasePages.lines(groups.getValue()));
              change.apply(
                  () -> CaseClient.current().requestParticipation(id, body),
                  "backoffice.participation.requestedDone",
                  errors);
            });
    Div form = new Div(errors.alert(), question, groups, ask);
    form.addClassName("backoffice-form");
    return form;
  }

  private Div result(UUID id, JsonNode input, CaseChange change, boolean work) {
    Div block = new Div(CasePages.heading(input.path("title").asText(), 1, work));
    block.addClassName("participation-result");
    block.add(
        new Paragraph(
            getTranslation(
                "backoffice.participation.counts",
                input.path("participantCount").asInt(),
                input.path("voteCount").asInt(),
                input.path("statementCount").asInt())));
    block.add(subheading(getTranslation("backoffice.participation.groups"), work));
    UnorderedList groups = new UnorderedList();
    for (JsonNode group : input.path("groups")) {
      ListItem item =
          new ListItem(
              getTranslation(
                  "backoffice.participation.group",
                  group.path("label").asText(),
                  group.path("size").asInt()));
      UnorderedList statements = new UnorderedList();
      group.path("representativeStatements").forEach(s -> statements.add(new ListItem(s.asText())));
      item.add(statements);
      groups.add(item);
    }
    block.add(groups);
    block.add(subheading(getTranslation("backoffice.participation.consensus"), work));
    UnorderedList consensus = new UnorderedList();
    input.path("consensusStatements").forEach(s -> consensus.add(new ListItem(s.asText())));
    block.add(consensus);
    if (!work) {
      String used = input.path("howUsed").asText("");
      if (!used.isBlank()) {
        block.add(new Paragraph(getTranslation("backoffice.participation.howUsedIs", used)));
      }
      return block;
    }
    TextArea howUsed = new TextArea(getTranslation("backoffice.participation.howUsed"));
    howUsed.setValue(input.path("howUsed").asText(""));
    howUsed.setMaxLength(4000);
    FormErrors errors = new FormErrors(Map.of("howUsed", howUsed), this::getTranslation);
    String conversation = input.path("conversationId").asText();
    Button save =
        new Button(
            getTranslation("backoffice.participation.saveHowUsed"),
            click ->
                change.apply(
                    () ->
                        CaseClient.current().useParticipation(id, conversation, howUsed.getValue()),
                    "backoffice.participation.howUsedSaved",
                    errors));
    Div form = new Div(errors.alert(), howUsed, save);
    form.addClassName("backoffice-form");
    block.add(form);
    return block;
  }

  private static Component subheading(String text, boolean work) {
    return CasePages.heading(text, 2, work);
  }
}
