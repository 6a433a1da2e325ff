package nl.provincie.ethiek.portal.backoffice.moderation;

import com.vaadin.flow.component.combobox.ComboBox;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.provincie.ethiek.portal.backoffice.moderation.ModerationModel.CaseChoice;
import nl.provincie.ethiek.portal.http.ServiceRefusedException;
import nl.provincie.ethiek.portal.http.ServiceUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The case a conversation belongs to, picked by title from the case service's list, searchable as
 * one types, with "Geen dossier" first (docs/adr/0054). A linked case the list does not hold is
 * still shown, by its id, so saving keeps the link. When the list cannot be loaded the field keeps
 * the current link, read-only, and says so.
 */
class CaseField extends ComboBox<CaseChoice> {

  private static final Logger LOG = LoggerFactory.getLogger(CaseField.class);
  private static final CaseChoice NONE = new CaseChoice(null, null, null);

  private final List<CaseChoice> choices = new ArrayList<>(List.of(NONE));

  CaseField() {
    setLabel(getTranslation("backoffice.conversation.case"));
    setItemLabelGenerator(this::label);
    setAllowCustomValue(false);
    if (load()) {
      setHelperText(getTranslation("backoffice.conversation.case.help"));
    } else {
      setReadOnly(true);
      setHelperText(getTranslation("backoffice.conversation.case.unavailable"));
    }
    setItems(choices);
    setValue(NONE);
  }

  private boolean load() {
    try {
      choices.addAll(LinkableCasesClient.current().all());
      return true;
    } catch (ServiceUnavailableException | ServiceRefusedException e) {
      LOG.warn("Cases to link not available: {}", e.getMessage());
      return false;
    }
  }

  /** Selects the linked case, or "Geen dossier" for none. */
  void show(UUID linked) {
    if (linked == null) {
      setValue(NONE);
      return;
    }
    CaseChoice choice =
        choices.stream()
            .filter(c -> linked.equals(c.id()))
            .findFirst()
            .orElseGet(
                () -> {
                  CaseChoice unlisted = new CaseChoice(linked, null, null);
                  choices.add(1, unlisted);
                  setItems(choices);
                  return unlisted;
                });
    setValue(choice);
  }

  /** The chosen case's id; null for "Geen dossier" (or a cleared field). */
  UUID linkedCase() {
    CaseChoice chosen = getValue();
    return chosen == null ? null : chosen.id();
  }

  private String label(CaseChoice choice) {
    if (choice.id() == null) {
      return getTranslation("backoffice.conversation.case.none");
    }
    if (choice.title() == null || choice.title().isBlank()) {
      return getTranslation("backoffice.conversation.case.byId", choice.id().toString());
    }
    if (choice.state() == null) {
      return choice.title();
    }
    return getTranslation(
        "backoffice.conversation.case.choice",
        choice.title(),
        getTranslation("backoffice.case.state." + choice.state()));
  }
}
