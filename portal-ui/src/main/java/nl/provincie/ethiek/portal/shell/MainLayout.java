package nl.provincie.ethiek.portal.shell;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLayout;

/** The frame of every public page: header, main content and footer landmarks. */
public class MainLayout extends Div implements RouterLayout {

  public static final String TITLE = "Digitale ethiek - Provincie";

  private final Main content = new Main();

  public MainLayout() {
    addClassName("portal");
    content.addClassName("portal-content");
    add(header(), content, footer());
  }

  private static Header header() {
    Span province = new Span("Provincie");
    province.addClassName("portal-brand-owner");
    Anchor home = new Anchor("./", province, new Span("Digitale ethiek"));
    home.addClassName("portal-brand");
    Header header = new Header(home);
    header.addClassName("portal-header");
    return header;
  }

  private static Footer footer() {
    Footer footer =
        new Footer(
            new Paragraph(
                "Een portaal van de provincie. Bij nieuwe technologie vragen we niet alleen: kan"
                    + " het en mag het? Maar ook: willen we het?"));
    footer.addClassName("portal-footer");
    return footer;
  }

  @Override
  public void showRouterLayoutContent(HasElement view) {
    content.getElement().removeAllChildren();
    if (view != null) {
      content.getElement().appendChild(view.getElement());
    }
  }
}
