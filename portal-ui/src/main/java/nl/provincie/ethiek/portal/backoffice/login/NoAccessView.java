package nl.provincie.ethiek.portal.backoffice.login;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import nl.provincie.ethiek.portal.shell.MainLayout;
import nl.provincie.ethiek.portal.shell.PortalRoutes;

/** Shown instead of a back-office page the signed-in member's roles do not cover. */
@Route(value = PortalRoutes.NO_ACCESS, layout = MainLayout.class)
class NoAccessView extends Div implements HasDynamicTitle {

  public NoAccessView() {
    addClassName("backoffice-no-access");
    add(
        new H1(getTranslation("backoffice.noAccess.title")),
        new Paragraph(getTranslation("backoffice.noAccess.text")),
        new Paragraph(
            PortalRoutes.link(getTranslation("backoffice.home.link"), PortalRoutes.BACKOFFICE)));
  }

  @Override
  public String getPageTitle() {
    return getTranslation("backoffice.noAccess.title") + " - " + MainLayout.TITLE;
  }
}
