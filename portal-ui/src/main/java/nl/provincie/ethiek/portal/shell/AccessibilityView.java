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

/** The accessibility statement: what we aim for, what we do, what is known, whom to tell. */
@Route(value = PortalRoutes.ACCESSIBILITY, layout = MainLayout.class)
class AccessibilityView extends Div implements HasDynamicTitle {

  public AccessibilityView() {
    addClassName("accessibility");
    String email = MainLayout.contactEmail();
    Paragraph contact = new Paragraph(getTranslation("footer.contact", ""));
    contact.add(new Anchor("mailto:" + email, email));
    add(
        new H1(getTranslation("accessibility.title")),
        new Paragraph(getTranslation("accessibility.intro")),
        new Paragraph(getTranslation("accessibility.standard")),
        new H2(getTranslation("accessibility.measures")),
        new UnorderedList(
            new ListItem(getTranslation("accessibility.measure1")),
            new ListItem(getTranslation("accessibility.measure2")),
            new ListItem(getTranslation("accessibility.measure3")),
            new ListItem(getTranslation("accessibility.measure4"))),
        new H2(getTranslation("accessibility.known")),
        new Paragraph(getTranslation("accessibility.known.text")),
        new H2(getTranslation("accessibility.contact")),
        new Paragraph(getTranslation("accessibility.contact.text")),
        contact);
  }

  @Override
  public String getPageTitle() {
    return getTranslation("accessibility.title") + " - " + MainLayout.TITLE;
  }
}
