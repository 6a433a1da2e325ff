package nl.provincie.ethiek.portal.shell;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.HttpStatusCode;

/**
 * What an address the portal does not know shows: the portal's header and footer, a Dutch (or
 * English) explanation and the ways on, answered with HTTP status 404 instead of Vaadin's English
 * "Could not navigate to ..." with status 200.
 */
@ParentLayout(MainLayout.class)
class NotFoundView extends Div implements HasErrorParameter<NotFoundException>, HasDynamicTitle {

  NotFoundView() {
    addClassName("not-found");
  }

  @Override
  public int setErrorParameter(
      BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
    removeAll();
    UnorderedList ways =
        new UnorderedList(
            new ListItem(PortalRoutes.link(getTranslation("nav.home"), PortalRoutes.START)),
            new ListItem(
                PortalRoutes.link(getTranslation("nav.conversations"), PortalRoutes.CONVERSATIONS)),
            new ListItem(PortalRoutes.link(getTranslation("nav.register"), PortalRoutes.REGISTER)));
    add(
        new H1(getTranslation("notfound.title")),
        new Paragraph(getTranslation("notfound.text")),
        new Paragraph(getTranslation("notfound.ways")),
        ways);
    return HttpStatusCode.NOT_FOUND.getCode();
  }

  @Override
  public String getPageTitle() {
    return getTranslation("notfound.title") + " - " + MainLayout.TITLE;
  }
}
