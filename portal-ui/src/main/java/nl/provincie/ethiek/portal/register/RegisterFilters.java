package nl.provincie.ethiek.portal.register;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.dom.DomListenerRegistration;
import com.vaadin.flow.dom.Element;
import elemental.json.JsonObject;
import elemental.json.JsonType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import nl.provincie.ethiek.portal.shell.PortalRoutes;

/**
 * The register's search form as plain HTML: a {@code <form method="get">} with a search field and
 * three native selects, whose submission is the address the search view reads. The browser's own
 * controls (and on a phone its own pickers) instead of Vaadin's text field and selects: those
 * rendered every option as a component of its own and cost a phone a second of script
 * (docs/adr/0061). Enter in the field searches; Enter on a result link opens it.
 */
final class RegisterFilters extends Section {

  /** The address's parameters, also the form fields' names. */
  static final String TEXT = "q";

  static final String KIND = "soort";
  static final String THEME = "thema";
  static final String USE_STATUS = "status";
  static final List<String> KINDS = List.of("ALGORITHM", "PLATFORM");
  static final List<String> FIELDS = List.of(TEXT, KIND, THEME, USE_STATUS);

  private final Element form = new Element("form");

  /**
   * @param text the search text to show; the other values are the chosen options or null
   * @param kindLabel how a kind code reads in the page's language
   * @param submitted gets the form's fields by name when it is sent
   */
  RegisterFilters(
      String text,
      String kind,
      String theme,
      String useStatus,
      UnaryOperator<String> kindLabel,
      Consumer<Map<String, String>> submitted) {
    String title = getTranslation("register.filters");
    add(new H2(title));
    getElement().setAttribute("role", "search");
    getElement().setAttribute("aria-label", title);
    form.setAttribute("method", "get");
    form.setAttribute("action", PortalRoutes.REGISTER);
    form.getClassList().add("register-filters");
    Element input =
        new Element("input")
            .setAttribute("type", "search")
            .setAttribute("id", "register-q")
            .setAttribute("name", TEXT)
            .setAttribute("maxlength", "200")
            .setAttribute("value", text == null ? "" : text);
    field("register-q", getTranslation("register.search.label"), input);
    select(KIND, "register.kind", KINDS, kind, kindLabel);
    select(THEME, "register.theme", RegisterSearchView.THEMES, theme, UnaryOperator.identity());
    select(
        USE_STATUS,
        "register.useStatus",
        RegisterSearchView.USE_STATUSES,
        useStatus,
        UnaryOperator.identity());
    Element submit =
        new Element("button")
            .setAttribute("type", "submit")
            .setText(getTranslation("register.search.button"));
    submit.getClassList().add("portal-button-primary");
    form.appendChild(submit);
    getElement().appendChild(form);
    onSubmit(submitted);
  }

  /**
   * The portal's script takes the form's submission: the fields go to the server with the event and
   * the browser does not load the page again (a search stays one round trip, as a click on a link),
   * and the address holds only the chosen fields. The form is drawn by that script, so it is never
   * sent without it; its method and action still say what it is.
   */
  private void onSubmit(Consumer<Map<String, String>> submitted) {
    DomListenerRegistration submit =
        getElement()
            .addEventListener(
                "submit",
                event -> {
                  JsonObject data = event.getEventData();
                  Map<String, String> fields = new LinkedHashMap<>();
                  for (String name : FIELDS) {
                    String key = value(name);
                    boolean text = data.hasKey(key) && data.get(key).getType() == JsonType.STRING;
                    fields.put(name, text ? data.getString(key) : "");
                  }
                  submitted.accept(fields);
                });
    submit.addEventData("event.preventDefault()");
    FIELDS.forEach(name -> submit.addEventData(value(name)));
  }

  /** The client-side expression of a field's value in the submitted form. */
  static String value(String name) {
    return "event.target.elements['" + name + "'].value";
  }

  private void select(
      String name, String key, List<String> values, String chosen, UnaryOperator<String> label) {
    String id = "register-" + name;
    Element select = new Element("select").setAttribute("id", id).setAttribute("name", name);
    select.appendChild(option("", getTranslation(key + ".all"), chosen == null));
    values.forEach(
        value -> select.appendChild(option(value, label.apply(value), value.equals(chosen))));
    field(id, getTranslation(key), select);
  }

  private static Element option(String value, String text, boolean selected) {
    Element option = new Element("option").setAttribute("value", value).setText(text);
    if (selected) {
      option.setAttribute("selected", "");
    }
    return option;
  }

  private void field(String id, String label, Element control) {
    Element wrapper = new Element("div");
    wrapper.getClassList().add("register-field");
    wrapper.appendChild(new Element("label").setAttribute("for", id).setText(label), control);
    form.appendChild(wrapper);
  }
}
