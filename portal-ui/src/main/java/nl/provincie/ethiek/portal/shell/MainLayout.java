package nl.provincie.ethiek.portal.shell;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.router.RouterLink;
import nl.provincie.ethiek.portal.PortalConfig;
import nl.provincie.ethiek.portal.PortalServices;
import nl.provincie.ethiek.portal.conversation.ConversationsView;
import nl.provincie.ethiek.portal.register.RegisterSearchView;
import nl.provincie.ethiek.portal.start.StartView;

/**
 * The frame of every public page: header (with the menu and the language switch), main content and
 * footer (accessibility and privacy statements and contact) landmarks.
 */
public class MainLayout extends Div implements RouterLayout {

  public static final String TITLE = "Digitale ethiek - Provincie";

  private final Main content = new Main();

  public MainLayout() {
    addClassName("portal");
    content.addClassName("portal-content");
    add(header(), content, footer());
  }

  private Header header() {
    Span province = new Span("Provincie");
    province.addClassName("portal-brand-owner");
    Anchor home = new Anchor("./", province, new Span("Digitale ethiek"));
    home.addClassName("portal-brand");

    Nav nav =
        new Nav(
            new RouterLink(getTranslation("nav.home"), StartView.class),
            new RouterLink(getTranslation("nav.conversations"), ConversationsView.class),
            new RouterLink(getTranslation("nav.register"), RegisterSearchView.class));
    nav.addClassName("portal-nav");
    nav.getElement().setAttribute("aria-label", getTranslation("nav.label"));

    boolean english = PortalLanguage.isEnglish();
    Button language = new Button(getTranslation("language.switch"));
    language.addClassName("portal-language");
    language.addThemeVariants(ButtonVariant.LUMO_CONTRAST);
    language.getElement().setAttribute("lang", english ? "nl" : "en");
    language.setAriaLabel(getTranslation("language.switch.label"));
    language.addClickListener(
        click -> PortalLanguage.switchTo(english ? PortalLanguage.DUTCH : PortalLanguage.ENGLISH));

    Div bar = new Div(home, language);
    bar.addClassName("portal-bar");
    Header header = new Header(bar, nav);
    header.addClassName("portal-header");
    return header;
  }

  private Footer footer() {
    String email = contactEmail();
    Anchor mail = new Anchor("mailto:" + email, email);
    Paragraph contact = new Paragraph(getTranslation("footer.contact", ""));
    contact.add(mail);
    contact.addClassName("portal-contact");
    RouterLink accessibility =
        new RouterLink(getTranslation("footer.accessibility"), AccessibilityView.class);
    RouterLink privacy = new RouterLink(getTranslation("footer.privacy"), PrivacyView.class);
    Footer footer =
        new Footer(
            new Paragraph(getTranslation("footer.about")),
            new Paragraph(accessibility),
            new Paragraph(privacy),
            contact);
    footer.addClassName("portal-footer");
    return footer;
  }

  static String contactEmail() {
    try {
      return PortalServices.config().contactEmail();
    } catch (IllegalStateException e) {
      return PortalConfig.DEFAULT_CONTACT;
    }
  }

  @Override
  public void showRouterLayoutContent(HasElement view) {
    content.getElement().removeAllChildren();
    if (view != null) {
      content.getElement().appendChild(view.getElement());
    }
  }
}
