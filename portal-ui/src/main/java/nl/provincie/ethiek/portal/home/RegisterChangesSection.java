package nl.provincie.ethiek.portal.home;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import nl.provincie.ethiek.portal.http.ServiceUnavailableException;
import nl.provincie.ethiek.portal.shell.PortalRoutes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The start page's view of the algorithm register: what was published or changed lately. */
class RegisterChangesSection extends Section {

  static final int SHOWN = 6;
  private static final Logger LOG = LoggerFactory.getLogger(RegisterChangesSection.class);

  RegisterChangesSection(RegisterChangesClient register) {
    setId("home-register");
    addClassName("register");
    H2 heading = new H2(getTranslation("home.register.heading"));
    heading.setId("home-register-heading");
    getElement().setAttribute("aria-labelledby", "home-register-heading");
    add(heading, new Paragraph(getTranslation("home.register.intro")));
    List<RegisterChange> changes;
    try {
      changes = register.recent(SHOWN);
    } catch (ServiceUnavailableException e) {
      LOG.warn("Register changes for the start page not available: {}", e.getMessage());
      Paragraph notice = new Paragraph(getTranslation("unavailable.register"));
      notice.addClassName("notice");
      add(notice);
      return;
    }
    if (changes.isEmpty()) {
      add(new Paragraph(getTranslation("home.register.none")));
    } else {
      UnorderedList list = new UnorderedList();
      list.addClassName("entries");
      changes.forEach(change -> list.add(item(change)));
      add(list);
    }
    add(
        new Paragraph(
            PortalRoutes.link(getTranslation("home.register.all"), PortalRoutes.REGISTER)));
  }

  private ListItem item(RegisterChange change) {
    RouterLink link = PortalRoutes.link(change.name(), PortalRoutes.entry(change.id()));
    String kind =
        getTranslation(change.platform() ? "register.kind.PLATFORM" : "register.kind.ALGORITHM");
    Paragraph about =
        new Paragraph(
            change.organisation().isBlank() ? kind : kind + " · " + change.organisation());
    about.addClassName("organisation");
    Paragraph when =
        new Paragraph(
            getTranslation(change.isNew() ? "home.register.published" : "home.register.changed")
                + " ");
    when.addClassName("published");
    when.getElement()
        .appendChild(
            new Element("time")
                .setAttribute("datetime", change.changedAt().toString())
                .setText(Dates.format(change.changedAt().atZone(Dates.ZONE))));
    return new ListItem(new H3(link), about, when);
  }
}
