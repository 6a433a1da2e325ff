package nl.provincie.ethiek.portal.backoffice;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import nl.provincie.ethiek.portal.backoffice.login.StaffMember;
import nl.provincie.ethiek.portal.backoffice.login.StaffOnly;
import nl.provincie.ethiek.portal.backoffice.login.StaffSession;
import nl.provincie.ethiek.portal.shell.MainLayout;
import nl.provincie.ethiek.portal.shell.PortalRoutes;

/** The back office's start page: the tasks of the signed-in member's roles. */
@Route(value = PortalRoutes.BACKOFFICE, layout = BackofficeLayout.class)
@StaffOnly
class BackofficeHomeView extends Div implements HasDynamicTitle {

  public BackofficeHomeView() {
    StaffMember member = StaffSession.require();
    add(new H1(getTranslation("backoffice.home.title")));
    add(new Paragraph(getTranslation("backoffice.home.intro", member.name())));
    UnorderedList tasks = new UnorderedList();
    tasks.addClassName("backoffice-tasks");
    BackofficeTasks.of(member)
        .forEach(task -> tasks.add(new ListItem(task.link(this::getTranslation))));
    add(tasks);
  }

  @Override
  public String getPageTitle() {
    return getTranslation("backoffice.home.title") + " - " + MainLayout.TITLE;
  }
}
