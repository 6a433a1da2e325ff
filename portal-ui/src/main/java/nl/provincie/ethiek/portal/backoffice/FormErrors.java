package nl.provincie.ethiek.portal.backoffice;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Paragraph;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import nl.provincie.ethiek.portal.http.FieldProblem;
import nl.provincie.ethiek.portal.http.ServiceRefusedException;
import nl.provincie.ethiek.portal.http.ServiceUnavailableException;

/**
 * Shows what a service refused: field errors next to their fields (by the last segment of the JSON
 * pointer), the rest and other refusals in one alert above the form.
 */
public final class FormErrors {

  private final Paragraph alert = new Paragraph();
  private final Map<String, ? extends HasValidation> fields;
  private final Function<String, String> translate;

  public FormErrors(
      Map<String, ? extends HasValidation> fields, Function<String, String> translate) {
    this.fields = fields;
    this.translate = translate;
    alert.addClassName("notice");
    alert.getElement().setAttribute("role", "alert");
    alert.setVisible(false);
  }

  /** The alert paragraph, to be placed above the form. */
  public Component alert() {
    return alert;
  }

  public void clear() {
    fields.values().forEach(field -> field.setInvalid(false));
    alert.setVisible(false);
    alert.setText("");
  }

  /** Shows a refusal or an outage; returns the problems no field took. */
  public List<FieldProblem> show(RuntimeException failure) {
    clear();
    List<FieldProblem> unplaced = new ArrayList<>();
    if (failure instanceof ServiceRefusedException refusal) {
      for (FieldProblem problem : refusal.fields()) {
        HasValidation field = fieldOf(problem);
        if (field == null) {
          unplaced.add(problem);
        } else {
          field.setErrorMessage(message(problem.message()));
          field.setInvalid(true);
        }
      }
      StringBuilder text = new StringBuilder(translate.apply(problemKey(refusal)));
      if (!refusal.detail().isBlank() && refusal.fields().isEmpty()) {
        // the service's own explanation, already in the back office's language
        text.append(' ').append(refusal.detail());
      }
      unplaced.forEach(p -> text.append(' ').append(p.field()).append(": ").append(p.message()));
      alert.setText(text.toString());
    } else if (failure instanceof ServiceUnavailableException) {
      alert.setText(translate.apply("backoffice.error.unavailable"));
    } else {
      throw failure;
    }
    alert.setVisible(true);
    return unplaced;
  }

  /** The field a pointer names: its last segment that is a field here (/fields/category/2). */
  private HasValidation fieldOf(FieldProblem problem) {
    String[] segments = problem.pointer().split("/");
    for (int i = segments.length - 1; i >= 0; i--) {
      HasValidation field = fields.get(segments[i]);
      if (field != null) {
        return field;
      }
    }
    return null;
  }

  private String message(String serviceMessage) {
    String lower = serviceMessage.toLowerCase(Locale.ROOT);
    if (lower.startsWith("is required")
        || lower.startsWith("is verplicht")
        || lower.equals("must not be blank")
        || lower.equals("mag niet leeg zijn")
        || lower.equals("must not be null")) {
      return translate.apply("backoffice.field.required");
    }
    return serviceMessage;
  }

  /** The message key of a refusal: validation, a state conflict, no access or any other. */
  public static String problemKey(ServiceRefusedException refusal) {
    if (refusal.isForbidden()) {
      return "backoffice.error.forbidden";
    }
    return switch (refusal.problem()) {
      case "validation" -> "backoffice.error.validation";
      case "not-found" -> "backoffice.error.notFound";
      case "invalid-conversation-state", "invalid-entry-state", "invalid-case-state" ->
          "backoffice.error.state";
      case "not-deliverable" -> "backoffice.error.notDeliverable";
      case "invalid-statement" -> "backoffice.error.invalidStatement";
      default -> "backoffice.error.refused";
    };
  }
}
