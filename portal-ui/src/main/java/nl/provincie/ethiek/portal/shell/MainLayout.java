package nl.provincie.ethiek.portal.shell;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import nl.provincie.ethiek.portal.PortalConfig;

/**
 * The frame of every public page: header (with the menu and the language switch), main content and
 * footer (accessibility and privacy statements and contact) landmarks.
 */
public class MainLayout extends Div implements RouterLayout {

  public static final String TITLE = "Digitale ethiek - Provincie";

  /** An entry of the main menu: its label's translation key and the path it opens. */
  private record MenuEntry(String labelKey, String path) {}

  private static final List<MenuEntry> MENU =
      List.of(
          new MenuEntry("nav.home", PortalRoutes.START),
          new MenuEntry("nav.conversations", PortalRoutes.CONVERSATIONS),
          new MenuEntry("nav.register", PortalRoutes.REGISTER));

  /** The id of the main landmark, which the skip link moves the focus to. */
  static final String CONTENT_ID = "inhoud";

  private final Main content = new Main();

  public MainLayout() {
    addClassName("portal");
    content.addClassName("portal-content");
    content.setId(CONTENT_ID);
    content.getElement().setAttribute("tabindex", "-1");
    add(skipLink(), header(), content, footer());
  }

  /**
   * The first stop of the keyboard: "Naar de inhoud" past the header and menu, visible when it has
   * the focus (WCAG 2.4.1). The page's base URL is the portal's root, so a bare {@code #inhoud}
   * would open the start page: the browser itself moves the focus to the main content instead,
   * without a round trip to the server.
   */
  private Anchor skipLink() {
    Anchor skip = new Anchor("#" + CONTENT_ID, getTranslation("skip.content"));
    skip.addClassName("portal-skip");
    skip.getElement().setAttribute("router-ignore", true);
    skip.getElement()
        .executeJs(
            "this.addEventListener('click', e => { e.preventDefault();"
                + " const main = document.getElementById($0); main.focus(); main.scrollIntoView(); });",
            CONTENT_ID);
    return skip;
  }

  private Header header() {
    Span province = new Span("Provincie");
    province.addClassName("portal-brand-owner");
    Anchor home = new Anchor("./", province, new Span("Digitale ethiek"));
    home.addClassName("portal-brand");

    Nav nav = new Nav();
    MENU.forEach(
        entry -> nav.add(PortalRoutes.link(getTranslation(entry.labelKey()), entry.path())));
    nav.addClassName("portal-nav");
    nav.getElement().setAttribute("aria-label", getTranslation("nav.label"));

    boolean english = PortalLanguage.isEnglish();
    NativeButton language = new NativeButton(getTranslation("language.switch"));
    language.addClassName("portal-language");
    language.getElement().setAttribute("type", "button");
    language.getElement().setAttribute("lang", english ? "nl" : "en");
    language.getElement().setAttribute("aria-label", getTranslation("language.switch.label"));
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
        PortalRoutes.link(getTranslation("footer.accessibility"), PortalRoutes.ACCESSIBILITY);
    RouterLink privacy = PortalRoutes.link(getTranslation("footer.privacy"), PortalRoutes.PRIVACY);
    Footer footer =
        new Footer(
            new Paragraph(getTranslation("footer.about")),
            new Paragraph(accessibility),
            new Paragraph(privacy),
            contact);
    footer.addClassName("portal-footer");
    return footer;
  }

  /** The province's contact address for residents (the configured one, else the default). */
  public static String contactEmail() {
    try {
      return ServiceLocator.get(PortalConfig.class).contactEmail();
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
