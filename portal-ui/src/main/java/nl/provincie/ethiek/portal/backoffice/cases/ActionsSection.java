package nl.provincie.ethiek.portal.backoffice.cases;

import com.fasterxml.jackson.databind.JsonNode;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.provincie.ethiek.portal.backoffice.DatePickers;
import nl.provincie.ethiek.portal.backoffice.FormErrors;

/** Follow-up actions of the decision: their status, and adding one with an owner and due date. */
class ActionsSection extends Section {

  static final List<String> STATUSES =
      List.of("PLANNED", "IN_PROGRESS", "DONE", "VERIFIED", "OVERDUE", "CANCELLED");

  ActionsSection(UUID id, JsonNode actions, CaseChange change, boolean work) {
    add(CasePages.heading(getTranslation("backoffice.actions.title"), work));
    UnorderedList list = new UnorderedList();
    list.addClassName("entries");
    for (JsonNode action : actions) {
      list.add(work ? item(id, action, change) : done(action));
    }
    if (!actions.isEmpty()) {
      add(list);
    }
    if (work) {
      add(newAction(id, change));
    }
  }

  private ListItem done(JsonNode action) {
    return new ListItem(
        line(action)
            + " "
            + getTranslation(
                "backoffice.actions.statusIs",
                getTranslation(
                    "backoffice.actions.status." + action.path("status").asText("PLANNED"))));
  }

  private String line(JsonNode action) {
    return getTranslation(
        "backoffice.actions.line",
        action.path("title").asText(),
        action.path("owner").asText(),
        CasePages.date(action.path("dueDate").asText()));
  }

  private ListItem item(UUID id, JsonNode action, CaseChange change) {
    String title = action.path("title").asText();
    Select<String> status = new Select<>();
    status.setLabel(getTranslation("backoffice.actions.statusOf", title));
    status.setItems(STATUSES);
    status.setItemLabelGenerator(s -> getTranslation("backoffice.actions.status." + s));
    status.setValue(action.path("status").asText("PLANNED"));
    FormErrors errors = new FormErrors(Map.of("status", status), this::getTranslation);
    String actionId = action.path("id").asText();
    Button save =
        new Button(
            getTranslation("backoffice.actions.saveStatus"),
            click ->
                change.apply(
                    () -> CaseClient.current().updateAction(id, actionId, status.getValue()),
                    "backoffice.actions.statusSaved",
                    errors));
    save.getElement()
        .setAttribute("aria-label", getTranslation("backoffice.actions.saveStatusOf", title));
    Div controls = new Div(errors.alert(), status, save);
    controls.addClassName("actions");
    return new ListItem(new Span(line(action)), controls);
  }

  private Div newAction(UUID id, CaseChange change) {
    TextField title = new TextField(getTranslation("backoffice.actions.newTitle"));
    title.setMaxLength(500);
    TextField owner = new TextField(getTranslation("backoffice.actions.owner"));
    DatePicker due = DatePickers.of(getTranslation("backoffice.actions.dueDate"));
    Map<String, HasValidation> fields = new LinkedHashMap<>();
    fields.put("title", title);
    fields.put("owner", owner);
    fields.put("dueDate", due);
    FormErrors errors = new FormErrors(fields, this::getTranslation);
    Button add =
        new Button(
            getTranslation("backoffice.actions.add"),
            click -> {
              Map<String, Object> body = new LinkedHashMap<>();
              body.put("title", title.getValue());
              body.put("owner", owner.getValue());
              body.put("dueDate", due.getValue() == null ? null : due.getValue().toString());
              change.apply(
                  () -> CaseClient.current().addAction(id, body),
                  "backoffice.actions.added",
                  errors);
            });
    Div form = new Div(errors.alert(), title, owner, due, add);
    form.addClassName("backoffice-form");
    return form;
  }
}
