package nl.provincie.ethiek.portal.backoffice;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.router.RouterLayout;
import java.util.stream.Collectors;
import nl.provincie.ethiek.portal.backoffice.login.StaffMember;
import nl.provincie.ethiek.portal.backoffice.login.StaffSession;
import nl.provincie.ethiek.portal.shell.MainLayout;
import nl.provincie.ethiek.portal.shell.PortalRoutes;

/**
 * The frame of every back-office page, inside the portal's own: who is signed in, the tasks their
 * roles allow and signing out.
 */
@ParentLayout(MainLayout.class)
public class BackofficeLayout extends Div implements RouterLayout {

  private final Div content = new Div();

  public BackofficeLayout() {
    addClassName("backoffice");
    content.addClassName("backoffice-content");
    StaffSession.current().ifPresent(member -> add(bar(member)));
    add(content);
  }

  private Component bar(StaffMember member) {
    Nav nav =
        new Nav(PortalRoutes.link(getTranslation("backoffice.home.link"), PortalRoutes.BACKOFFICE));
    BackofficeTasks.of(member).forEach(task -> nav.add(task.link(this::getTranslation)));
    nav.addClassName("backoffice-nav");
    nav.getElement().setAttribute("aria-label", getTranslation("backoffice.nav.label"));
    String roles =
        member.roles().stream()
            .map(role -> getTranslation("backoffice.role." + role.wire()))
            .collect(Collectors.joining(", "));
    Span who = new Span(getTranslation("backoffice.signedInAs", member.name(), roles));
    who.addClassName("backoffice-who");
    Button signOut =
        new Button(
            getTranslation("backoffice.signOut"),
            click -> {
              StaffSession.signOut();
              UI.getCurrent().navigate("");
            });
    signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
    Div bar = new Div(who, signOut, nav);
    bar.addClassName("backoffice-bar");
    return bar;
  }

  @Override
  public void showRouterLayoutContent(HasElement view) {
    content.getElement().removeAllChildren();
    if (view != null) {
      content.getElement().appendChild(view.getElement());
    }
  }
}
