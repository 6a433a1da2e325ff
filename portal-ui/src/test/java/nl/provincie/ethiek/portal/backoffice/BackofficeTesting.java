package nl.provincie.ethiek.portal.backoffice;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import nl.provincie.ethiek.portal.PortalConfig;
import nl.provincie.ethiek.portal.testing.PortalViews;
import nl.provincie.ethiek.portal.testing.StubHttpService;
import nl.provincie.ethiek.portal.testing.StubHttpService.Answer;

/**
 * The back office in Karibu against stand-in services: one stub HTTP server answers for the
 * participation, register and case services, and knows the demo accounts' names and roles.
 */
public final class BackofficeTesting implements AutoCloseable {

  public static final String PROBLEM = "tag:ethiek.provincie.nl,2026:problems/";
  private static final Routes ROUTES = PortalViews.routes();
  private static final Map<String, String> ACCOUNTS =
      Map.of(
          "moderator:demo-moderator", "moderator",
          "commissie:demo-commissie", "commission-member",
          "secretaris:demo-secretaris", "secretary",
          "ethicus:demo-ethicus", "ethics-officer",
          "redacteur:demo-redacteur", "register-editor");

  public final StubHttpService service = new StubHttpService();

  public BackofficeTesting() {
    service.on(
        "GET",
        "/api/v1/staff/me",
        request -> {
          String pair = decode(request.header("Authorization"));
          String role = ACCOUNTS.get(pair);
          if (role == null) {
            return Answer.problem(401, PROBLEM + "unauthorized", "Unauthorized");
          }
          String name = pair.substring(0, pair.indexOf(':'));
          return Answer.json("{\"name\":\"%s\",\"roles\":[\"%s\"]}".formatted(name, role));
        });
    String url = service.baseUrl().toString();
    System.setProperty(PortalConfig.PARTICIPATION_URL_PROPERTY, url);
    System.setProperty(PortalConfig.REGISTER_URL_PROPERTY, url);
    System.setProperty(PortalConfig.CASE_URL_PROPERTY, url);
    MockVaadin.setup(ROUTES);
  }

  /** The Basic header a demo account's requests must carry. */
  public static String basic(String user, String password) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  private static String decode(String authorization) {
    if (authorization == null || !authorization.startsWith("Basic ")) {
      return "";
    }
    return new String(
        Base64.getDecoder().decode(authorization.substring(6)), StandardCharsets.UTF_8);
  }

  /** Fills in the login form and submits it. */
  public static void fillLogin(String user, String password) {
    _setValue(_get(TextField.class, spec -> spec.withLabel("Gebruikersnaam")), user);
    _setValue(_get(PasswordField.class, spec -> spec.withLabel("Wachtwoord")), password);
    _click(_get(Button.class, spec -> spec.withText("Inloggen")));
  }

  /** Signs in through the login page as a demo account (user name = password without "demo-"). */
  public static void signInAs(String user) {
    UI.getCurrent().navigate("beheer/inloggen");
    fillLogin(user, "demo-" + user);
  }

  public static void open(String path) {
    UI.getCurrent().navigate(path);
  }

  /** The view the router shows now. */
  public static Class<? extends Component> currentView() {
    return UI.getCurrent()
        .getInternals()
        .getActiveRouterTargetsChain()
        .get(0)
        .getClass()
        .asSubclass(Component.class);
  }

  /**
   * A view by its class name, for tests outside the view's package: the views are package-private
   * (docs/adr/0049).
   */
  public static Class<?> view(String className) {
    try {
      return Class.forName(className);
    } catch (ClassNotFoundException e) {
      throw new AssertionError("No view " + className, e);
    }
  }

  /** Every text on the page. */
  public static String pageText() {
    return com.github.mvysny.kaributesting.v10.LocatorJ._get(
            nl.provincie.ethiek.portal.shell.MainLayout.class)
        .getElement()
        .getTextRecursively();
  }

  @Override
  public void close() {
    MockVaadin.tearDown();
    System.clearProperty(PortalConfig.PARTICIPATION_URL_PROPERTY);
    System.clearProperty(PortalConfig.REGISTER_URL_PROPERTY);
    System.clearProperty(PortalConfig.CASE_URL_PROPERTY);
    service.close();
  }
}
