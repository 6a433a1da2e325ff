package nl.provincie.ethiek.portal.shell;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import java.util.stream.IntStream;

/**
 * The privacy statement: what the platform keeps of a resident, where, for how long, and what
 * removing one's participation removes (docs/adr/0031, docs/adr/0032).
 */
@Route(value = PortalRoutes.PRIVACY, layout = MainLayout.class)
class PrivacyView extends Div implements HasDynamicTitle {

  public PrivacyView() {
    addClassName("privacy");
    String email = MainLayout.contactEmail();
    Paragraph contact = new Paragraph(getTranslation("footer.contact", ""));
    contact.add(new Anchor("mailto:" + email, email));
    add(
        new H1(getTranslation("privacy.title")),
        new Paragraph(getTranslation("privacy.intro")),
        new H2(getTranslation("privacy.kept")),
        list("privacy.kept", 5),
        new H2(getTranslation("privacy.removal")),
        new Paragraph(getTranslation("privacy.removal.text")),
        list("privacy.removal", 4),
        new H2(getTranslation("privacy.not")),
        list("privacy.not", 3),
        new H2(getTranslation("privacy.rights")),
        new Paragraph(getTranslation("privacy.rights.text")),
        new Paragraph(getTranslation("privacy.complaint")),
        contact);
  }

  private UnorderedList list(String key, int items) {
    UnorderedList list = new UnorderedList();
    IntStream.rangeClosed(1, items)
        .forEach(i -> list.add(new ListItem(getTranslation(key + ".item" + i))));
    return list;
  }

  @Override
  public String getPageTitle() {
    return getTranslation("privacy.title") + " - " + MainLayout.TITLE;
  }
}
