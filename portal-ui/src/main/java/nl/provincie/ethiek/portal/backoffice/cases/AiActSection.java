package nl.provincie.ethiek.portal.backoffice.cases;

import com.fasterxml.jackson.databind.JsonNode;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.provincie.ethiek.portal.backoffice.FormErrors;
import nl.provincie.ethiek.portal.http.ServiceRefusedException;
import nl.provincie.ethiek.portal.http.ServiceUnavailableException;

/**
 * The AI Act classification, walking the national decision aid one question at a time: the answers
 * so far, then the next question the case service names (it alone follows the tree's conditional
 * steps), until the tree reaches its conclusion, the risk group and what follows from it. The last
 * answer can be taken back to change it.
 */
class AiActSection extends Section {

  AiActSection(UUID id, JsonNode aiAct, CaseChange change, boolean work) {
    add(CasePages.heading(getTranslation("backoffice.aiAct.title"), work));
    JsonNode tree;
    try {
      tree = CaseClient.current().aiActTree();
    } catch (ServiceRefusedException | ServiceUnavailableException e) {
      add(CasePages.alert(CasePages.failure(e, this::getTranslation)));
      return;
    }
    List<Map<String, String>> answers = new ArrayList<>();
    OrderedList given = new OrderedList();
    for (JsonNode answer : aiAct.path("answers")) {
      String question = answer.path("questionId").asText();
      answers.add(Map.of("questionId", question, "answer", answer.path("answer").asText()));
      given.add(
          new ListItem(
              getTranslation(
                  "backoffice.aiAct.answered",
                  tree.path("questions").path(question).path("text").asText(question),
                  answer.path("answer").asText())));
    }
    if (answers.isEmpty()) {
      add(new Paragraph(getTranslation("backoffice.aiAct.notStarted")));
    } else {
      add(given);
    }
    if (aiAct.hasNonNull("conclusionId")) {
      outcome(tree, aiAct);
    } else if (!answers.isEmpty()) {
      add(new Paragraph(getTranslation("backoffice.aiAct.inProgress")));
    }
    if (!work) {
      return;
    }
    FormErrors errors = new FormErrors(Map.of(), this::getTranslation);
    add(errors.alert());
    if (!aiAct.hasNonNull("conclusionId")) {
      String next = aiAct.path("nextQuestionId").asText(tree.path("firstQuestionId").asText());
      add(question(id, tree.path("questions").path(next), answers, change, errors));
    }
    if (answers.size() > 1) {
      Button back =
          new Button(
              getTranslation("backoffice.aiAct.takeBack"),
              click ->
                  change.apply(
                      () ->
                          CaseClient.current()
                              .classifyAiAct(id, answers.subList(0, answers.size() - 1)),
                      "backoffice.aiAct.takenBack",
                      errors));
      add(back);
    }
  }

  private Div question(
      UUID id,
      JsonNode question,
      List<Map<String, String>> answers,
      CaseChange change,
      FormErrors errors) {
    RadioButtonGroup<String> options = new RadioButtonGroup<>(question.path("text").asText());
    List<String> choices = new ArrayList<>();
    question.path("options").forEach(option -> choices.add(option.path("answer").asText()));
    options.setItems(choices);
    options.setRequiredIndicatorVisible(true);
    Button answer =
        new Button(
            getTranslation("backoffice.aiAct.answer"),
            click -> {
              if (options.isEmpty()) {
                options.setErrorMessage(getTranslation("backoffice.field.required"));
                options.setInvalid(true);
                return;
              }
              List<Map<String, String>> more = new ArrayList<>(answers);
              Map<String, String> next = new LinkedHashMap<>();
              next.put("questionId", question.path("id").asText());
              next.put("answer", options.getValue());
              more.add(next);
              change.apply(
                  () -> CaseClient.current().classifyAiAct(id, more),
                  "backoffice.aiAct.answered.saved",
                  errors);
            });
    Div form =
        new Div(
            new Paragraph(
                getTranslation(
                    "backoffice.aiAct.questionNumber",
                    answers.size() + 1,
                    question.path("id").asText())),
            options,
            answer);
    form.addClassName("backoffice-form");
    form.addClassName("ai-act-question");
    return form;
  }

  private void outcome(JsonNode tree, JsonNode aiAct) {
    String conclusion = aiAct.path("conclusionId").asText();
    add(
        new Paragraph(
            getTranslation(
                "backoffice.aiAct.conclusion",
                tree.path("conclusions").path(conclusion).asText(conclusion))));
    add(
        new Paragraph(
            getTranslation(
                "backoffice.aiAct.riskGroup",
                getTranslation(
                    "backoffice.aiAct.risk." + aiAct.path("riskGroup").asText("UNDETERMINED")))));
    List<String> roles = CasePages.texts(aiAct.path("roles"));
    if (!roles.isEmpty()) {
      add(new Paragraph(getTranslation("backoffice.aiAct.roles", String.join(", ", roles))));
    }
    if (aiAct.path("friaRequired").asBoolean(false)) {
      add(new Paragraph(getTranslation("backoffice.aiAct.fria")));
    }
    if (aiAct.path("transparencyObligation").asBoolean(false)) {
      add(new Paragraph(getTranslation("backoffice.aiAct.transparency")));
    }
  }
}
