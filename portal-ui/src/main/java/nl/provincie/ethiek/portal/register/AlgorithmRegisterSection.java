package nl.provincie.ethiek.portal.register;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.dom.Element;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The public algorithm register: what the province uses, as a list for residents. */
public class AlgorithmRegisterSection extends Section {

  static final String EMPTY_MESSAGE = "Er staan nog geen algoritmes in het register.";
  static final String UNAVAILABLE_MESSAGE =
      "Het algoritmeregister is op dit moment niet bereikbaar. Probeer het later opnieuw.";

  private static final Logger LOG = LoggerFactory.getLogger(AlgorithmRegisterSection.class);
  private static final ZoneId DUTCH_TIME = ZoneId.of("Europe/Amsterdam");
  private static final DateTimeFormatter DUTCH_DATE =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl-NL"))
          .withZone(DUTCH_TIME);

  public AlgorithmRegisterSection(RegisterClient register) {
    addClassName("register");
    H2 heading = new H2("Algoritmeregister");
    heading.setId("algoritmeregister");
    getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
    add(
        heading,
        new Paragraph(
            "Hier leest u welke algoritmes de provincie gebruikt, waarvoor, en sinds wanneer ze"
                + " in het register staan."));
    showEntries(register);
  }

  private void showEntries(RegisterClient register) {
    List<AlgorithmEntry> entries;
    try {
      entries = register.publishedAlgorithms();
    } catch (RegisterUnavailableException e) {
      LOG.warn("Algorithm register not available: {}", e.getMessage());
      Paragraph notice = new Paragraph(UNAVAILABLE_MESSAGE);
      notice.addClassName("notice");
      add(notice);
      return;
    }
    if (entries.isEmpty()) {
      add(new Paragraph(EMPTY_MESSAGE));
      return;
    }
    UnorderedList list = new UnorderedList();
    list.addClassName("entries");
    entries.forEach(entry -> list.add(item(entry)));
    add(list);
  }

  private static ListItem item(AlgorithmEntry entry) {
    Paragraph organisation = new Paragraph(entry.organisation());
    organisation.addClassName("organisation");
    Paragraph published = new Paragraph(new Text("gepubliceerd op "));
    published.addClassName("published");
    published
        .getElement()
        .appendChild(
            new Element("time")
                .setAttribute("datetime", entry.publishedAt().toString())
                .setText(DUTCH_DATE.format(entry.publishedAt())));
    ListItem item = new ListItem(new H3(entry.name()), organisation);
    if (!entry.description().isBlank()) {
      item.add(new Paragraph(entry.description()));
    }
    item.add(published);
    return item;
  }
}
