package nl.provincie.ethiek.portal.backoffice.register;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.ValueContext;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import nl.provincie.ethiek.portal.backoffice.DatePickers;
import nl.provincie.ethiek.portal.backoffice.FormErrors;
import nl.provincie.ethiek.portal.backoffice.MonthField;
import nl.provincie.ethiek.portal.backoffice.register.EntryFieldSpec.Part;

/**
 * The editable fields of one register entry, built from {@link EntryKind#fields()}. Fields the form
 * does not show (link groupings, the latest platform assessment, ethics case ids) are kept from the
 * loaded entry and sent back unchanged.
 */
class EntryForm extends Div {

  private final EntryKind kind;
  private final Map<EntryFieldSpec, HasValue<?, ?>> inputs = new LinkedHashMap<>();
  private final Map<String, HasValidation> byKey = new LinkedHashMap<>();
  private final TextArea changeNote = new TextArea();
  private ObjectNode loadedFields = JsonNodeFactory.instance.objectNode();
  private ObjectNode loadedInternal = JsonNodeFactory.instance.objectNode();
  final FormErrors errors;

  EntryForm(EntryKind kind) {
    this.kind = kind;
    addClassName("backoffice-form");
    Div national = new Div();
    Div internal = new Div(new H2(getTranslation("backoffice.register.internal")));
    national.addClassName("backoffice-form");
    internal.addClassName("backoffice-form");
    for (EntryFieldSpec spec : kind.fields()) {
      HasValue<?, ?> input = input(spec);
      inputs.put(spec, input);
      byKey.put(spec.key(), (HasValidation) input);
      (spec.part() == Part.INTERNAL ? internal : national)
          .add((com.vaadin.flow.component.Component) input);
    }
    changeNote.setLabel(getTranslation("backoffice.register.changeNote"));
    changeNote.setHelperText(getTranslation("backoffice.register.changeNote.help"));
    changeNote.setMaxLength(1000);
    byKey.put("changeNote", changeNote);
    errors = new FormErrors(byKey, this::getTranslation);
    add(errors.alert(), national);
    if (internal.getComponentCount() > 1) {
      add(internal);
    }
    add(changeNote);
  }

  private HasValue<?, ?> input(EntryFieldSpec spec) {
    String label = getTranslation("backoffice.register.field." + spec.key());
    HasValue<?, ?> input =
        switch (spec.kind()) {
          case TEXT -> new TextField(label);
          case AREA, LINES -> new TextArea(label);
          case SELECT -> {
            if (spec.required()) {
              // A required vaadin-select puts aria-required on its role="button" value button,
              // which ARIA does not allow (axe aria-allowed-attr); a radio group may carry it.
              RadioButtonGroup<String> group = new RadioButtonGroup<>(label);
              group.setItems(spec.options());
              yield group;
            }
            Select<String> select = new Select<>();
            select.setLabel(label);
            select.setItems(spec.options());
            select.setEmptySelectionAllowed(!spec.required());
            yield select;
          }
          case YES_NO -> {
            Select<String> select = new Select<>();
            select.setLabel(label);
            select.setItems("true", "false");
            select.setEmptySelectionAllowed(true);
            select.setItemLabelGenerator(
                value -> value == null ? "" : getTranslation("backoffice.register.yesNo." + value));
            yield select;
          }
          case MULTI_SELECT -> {
            MultiSelectComboBox<String> box = new MultiSelectComboBox<>(label);
            box.setItems(spec.options());
            yield box;
          }
          case MONTH -> new MonthField(label);
          case DATE -> DatePickers.of(label);
        };
    if (spec.kind() == EntryFieldSpec.Kind.LINES) {
      ((TextArea) input).setHelperText(getTranslation("backoffice.register.lines.help"));
    }
    input.setRequiredIndicatorVisible(spec.required());
    return input;
  }

  /** Shows an entry's detail as the register service answered it. */
  void fill(JsonNode detail) {
    loadedFields =
        detail.path(kind.detailKey()).isObject()
            ? ((ObjectNode) detail.path(kind.detailKey())).deepCopy()
            : JsonNodeFactory.instance.objectNode();
    loadedInternal =
        detail.path("internal").isObject()
            ? ((ObjectNode) detail.path("internal")).deepCopy()
            : JsonNodeFactory.instance.objectNode();
    inputs.forEach(
        (spec, input) ->
            set(
                input,
                (spec.part() == Part.INTERNAL ? loadedInternal : loadedFields).path(spec.key())));
  }

  @SuppressWarnings("unchecked")
  private static void set(HasValue<?, ?> input, JsonNode value) {
    if (input instanceof MonthField month) {
      month.setValue(parsed(value, YearMonth::parse));
    } else if (input instanceof DatePicker picker) {
      picker.setValue(parsed(value, LocalDate::parse));
    } else if (input instanceof MultiSelectComboBox<?> box) {
      Set<String> items = new LinkedHashSet<>();
      value.forEach(item -> items.add(item.asText()));
      ((MultiSelectComboBox<String>) box).setValue(items);
    } else if (input instanceof TextArea area && value.isArray()) {
      List<String> lines = new ArrayList<>();
      value.forEach(item -> lines.add(item.asText()));
      area.setValue(String.join("\n", lines));
    } else if (input instanceof Select<?> || input instanceof RadioButtonGroup<?>) {
      ((HasValue<?, String>) input)
          .setValue(value.isMissingNode() || value.isNull() ? null : value.asText());
    } else if (input instanceof AbstractField<?, ?>) {
      ((HasValue<?, String>) input)
          .setValue(value.isMissingNode() || value.isNull() ? "" : value.asText());
    }
  }

  /** A stored date as the picker takes it; none when absent or not in the standard's form. */
  private static <T> T parsed(JsonNode value, Function<String, T> parse) {
    if (!value.isTextual()) {
      return null;
    }
    try {
      return parse.apply(value.asText());
    } catch (DateTimeParseException notInTheStandardsForm) {
      return null;
    }
  }

  /**
   * The request body: the loaded entry with the form's values over it, and the change note; empty
   * (with the fields marked) while a month lacks its year or a date cannot be read.
   */
  Optional<ObjectNode> request() {
    errors.clear();
    if (!datesComplete()) {
      return Optional.empty();
    }
    ObjectNode fields = loadedFields.deepCopy();
    ObjectNode internal = loadedInternal.deepCopy();
    inputs.forEach(
        (spec, input) -> put(spec.part() == Part.INTERNAL ? internal : fields, spec, input));
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    body.set("fields", fields);
    body.set("internal", internal);
    body.put("changeNote", changeNote.getValue().isBlank() ? null : changeNote.getValue().strip());
    return Optional.of(body);
  }

  /** Text in the picker that is no date (Vaadin's own validator knows; the value is then empty). */
  private static boolean unreadable(DatePicker picker) {
    return picker
        .getDefaultValidator()
        .apply(picker.getValue(), new ValueContext(picker))
        .isError();
  }

  private boolean datesComplete() {
    boolean complete = true;
    for (HasValue<?, ?> input : inputs.values()) {
      if (input instanceof MonthField month && month.isHalfFilled()) {
        month.setErrorMessage(getTranslation("backoffice.month.halfFilled"));
        month.setInvalid(true);
        complete = false;
      } else if (input instanceof DatePicker picker && unreadable(picker)) {
        picker.setErrorMessage(getTranslation("backoffice.date.badInput"));
        picker.setInvalid(true);
        complete = false;
      }
    }
    return complete;
  }

  private static void put(ObjectNode target, EntryFieldSpec spec, HasValue<?, ?> input) {
    Object value = input.getValue();
    switch (spec.kind()) {
      case MULTI_SELECT -> {
        ArrayNode array = target.putArray(spec.key());
        ((Set<?>) value).forEach(item -> array.add(item.toString()));
      }
      case LINES -> {
        ArrayNode array = target.putArray(spec.key());
        Arrays.stream(((String) value).split("\\R"))
            .map(String::strip)
            .filter(line -> !line.isEmpty())
            .forEach(array::add);
      }
      case YES_NO -> {
        if (value == null) {
          target.putNull(spec.key());
        } else {
          target.put(spec.key(), Boolean.parseBoolean(value.toString()));
        }
      }
      case MONTH, DATE -> {
        // A stored value the picker could not read is kept rather than cleared unseen.
        boolean unreadable =
            target.path(spec.key()).isTextual()
                && parsed(
                        target.path(spec.key()),
                        spec.kind() == EntryFieldSpec.Kind.MONTH
                            ? YearMonth::parse
                            : LocalDate::parse)
                    == null;
        if (value != null) {
          target.put(spec.key(), value.toString());
        } else if (!unreadable) {
          target.putNull(spec.key());
        }
      }
      default -> {
        String text = value == null ? "" : value.toString().strip();
        if (text.isEmpty()) {
          target.putNull(spec.key());
        } else {
          target.put(spec.key(), text);
        }
      }
    }
  }

  void clearChangeNote() {
    changeNote.clear();
  }

  String changeNote() {
    return changeNote.getValue().strip();
  }
}
