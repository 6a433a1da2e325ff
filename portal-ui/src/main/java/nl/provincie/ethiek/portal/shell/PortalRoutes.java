package nl.provincie.ethiek.portal.shell;

import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.router.internal.NavigationRouteTarget;

/**
 * Every page's route, in one place: each view declares its {@code @Route} with a constant from
 * here, and a page links to another by path, so that no package imports another package's view and
 * the views stay package-private (docs/adr/0049).
 */
public final class PortalRoutes {

  public static final String START = "";
  public static final String CONVERSATIONS = "gesprekken";
  public static final String CONVERSATION = "gesprekken/:id";
  public static final String OPINION_MAP = "gesprekken/:id/kaart";
  public static final String OUTCOME = "gesprekken/:id/uitkomst";
  public static final String REGISTER = "register";
  public static final String ENTRY = "register/:id";
  public static final String ACCESSIBILITY = "toegankelijkheid";
  public static final String PRIVACY = "privacy";

  public static final String BACKOFFICE = "beheer";
  public static final String LOGIN = "beheer/inloggen";
  public static final String NO_ACCESS = "beheer/geen-toegang";
  public static final String MODERATION = "beheer/gesprekken";
  public static final String MODERATED_CONVERSATION = "beheer/gesprekken/:id";
  public static final String REGISTER_EDITOR = "beheer/register";
  public static final String REGISTER_ENTRY_EDITOR = "beheer/register/:kind/:id";
  public static final String CASES = "beheer/dossiers";
  public static final String CASE = "beheer/dossiers/:id";
  public static final String KEEPER_DASHBOARD = "beheer/dossiers/opvolging";
  public static final String CASE_AUDIT = "beheer/dossiers/:id/logboek";

  private PortalRoutes() {}

  public static String conversation(Object id) {
    return CONVERSATIONS + "/" + id;
  }

  public static String opinionMap(Object conversationId) {
    return conversation(conversationId) + "/kaart";
  }

  public static String outcome(Object conversationId) {
    return conversation(conversationId) + "/uitkomst";
  }

  public static String entry(Object id) {
    return REGISTER + "/" + id;
  }

  /**
   * A router link to the page at {@code path} (a path the router serves, without a leading slash):
   * the same link, highlighting included, as one made from the view's class and route parameters.
   */
  public static RouterLink link(String text, String path) {
    NavigationRouteTarget target =
        RouteConfiguration.forApplicationScope()
            .getHandledRegistry()
            .getNavigationRouteTarget(path);
    if (!target.hasTarget()) {
      throw new IllegalArgumentException("No page at '" + path + "'");
    }
    return new RouterLink(text, target.getRouteTarget().getTarget(), target.getRouteParameters());
  }
}
