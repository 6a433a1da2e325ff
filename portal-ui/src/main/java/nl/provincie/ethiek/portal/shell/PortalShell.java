package nl.provincie.ethiek.portal.shell;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.server.AppShellSettings;

/**
 * The page around the Vaadin app. Styling is a plain stylesheet of Lumo custom properties
 * (webapp/styles/portal.css), not a Vaadin theme, so the portal's production bundle holds no theme
 * (docs/adr/0058); the favicon is webapp/icons/favicon.svg.
 */
@PageTitle(MainLayout.TITLE)
public class PortalShell implements AppShellConfigurator {

  @Override
  public void configurePage(AppShellSettings settings) {
    settings.addLink("stylesheet", "styles/portal.css");
    settings.addFavIcon("icon", "icons/favicon.svg", "any");
  }
}
