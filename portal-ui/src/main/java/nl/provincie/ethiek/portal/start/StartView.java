package nl.provincie.ethiek.portal.start;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import nl.provincie.ethiek.portal.home.HomeSections;
import nl.provincie.ethiek.portal.shell.MainLayout;
import nl.provincie.ethiek.portal.shell.PortalRoutes;

/**
 * The start page for residents: what the portal is for, the open conversations, the recently closed
 * ones with their outcome, and what changed lately in the register.
 */
@Route(value = PortalRoutes.START, layout = MainLayout.class)
class StartView extends Div implements HasDynamicTitle {

  public StartView() {
    setId("home");
    addClassName("start");
    Paragraph intro = new Paragraph(getTranslation("home.intro"));
    intro.addClassName("intro");
    add(new H1(getTranslation("home.title")), intro);
    HomeSections.of(this).forEach(this::add);
  }

  @Override
  public String getPageTitle() {
    return MainLayout.TITLE;
  }
}
