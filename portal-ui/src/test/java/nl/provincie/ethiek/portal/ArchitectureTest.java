package nl.provincie.ethiek.portal;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import nl.provincie.ethiek.testsupport.architecture.AllowList;
import nl.provincie.ethiek.testsupport.architecture.ArchitectureRules;
import org.junit.jupiter.api.Test;

/**
 * The portal's layout (README, "Packages"; docs/adr/0049): no package cycles, views
 * package-private, the services known over HTTP only, and the models and clients free of Vaadin.
 */
class ArchitectureTest {

  private static final String ROOT = "nl.provincie.ethiek.portal";
  private static final JavaClasses PORTAL = ArchitectureRules.mainClassesOf(ROOT);

  /** Today's package cycles, to be broken by docs/adr/0049. */
  private static final List<String> CYCLES_TODAY =
      List.of(
          cycle(
              "backoffice",
              "backoffice.cases",
              "backoffice.http",
              "backoffice.login",
              "backoffice"),
          cycle("backoffice", "backoffice.http", "backoffice.login", "backoffice"),
          cycle("backoffice", "backoffice.moderation", "backoffice"),
          cycle(
              "backoffice",
              "backoffice.moderation",
              "backoffice.http",
              "backoffice.login",
              "backoffice"),
          cycle("backoffice", "backoffice.moderation", "backoffice.login", "backoffice"),
          cycle("backoffice", "backoffice.register", "backoffice"),
          cycle(
              "backoffice",
              "backoffice.register",
              "backoffice.http",
              "backoffice.login",
              "backoffice"),
          cycle("backoffice", "backoffice.register", "backoffice.login", "backoffice"),
          cycle("backoffice.http", "backoffice.login", "backoffice.http"),
          cycle("conversation", "map", "conversation"),
          cycle("conversation", "map", "outcome", "conversation"),
          cycle("conversation", "map", "outcome", "shell", "conversation"),
          cycle("conversation", "map", "outcome", "shell", "start", "home", "conversation"),
          cycle("conversation", "map", "shell", "conversation"),
          cycle("conversation", "map", "shell", "start", "home", "conversation"),
          cycle("conversation", "map", "shell", "start", "home", "outcome", "conversation"),
          cycle("conversation", "outcome", "conversation"),
          cycle("conversation", "outcome", "map", "conversation"),
          cycle("conversation", "outcome", "map", "shell", "conversation"),
          cycle("conversation", "outcome", "map", "shell", "start", "home", "conversation"),
          cycle("conversation", "outcome", "shell", "conversation"),
          cycle("conversation", "outcome", "shell", "start", "home", "conversation"),
          cycle("conversation", "shell", "conversation"),
          cycle("conversation", "shell", "start", "home", "conversation"),
          cycle("conversation", "shell", "start", "home", "outcome", "conversation"),
          cycle("conversation", "shell", "start", "home", "outcome", "map", "conversation"),
          cycle("home", "outcome", "map", "shell", "start", "home"),
          cycle("home", "outcome", "shell", "start", "home"),
          cycle("home", "register", "shell", "start", "home"),
          cycle("home", "shell", "start", "home"),
          cycle("map", "outcome", "map"),
          cycle("register", "shell", "register"),
          cycle("shell", "start", "shell"));

  /** Today's public routes, to be made package-private by docs/adr/0049. */
  private static final List<String> PUBLIC_VIEWS_TODAY =
      List.of(
          "nl.provincie.ethiek.portal.backoffice.BackofficeHomeView",
          "nl.provincie.ethiek.portal.backoffice.cases.CaseDetailView",
          "nl.provincie.ethiek.portal.backoffice.cases.KeeperDashboardView",
          "nl.provincie.ethiek.portal.backoffice.cases.WorklistView",
          "nl.provincie.ethiek.portal.backoffice.login.LoginView",
          "nl.provincie.ethiek.portal.backoffice.login.NoAccessView",
          "nl.provincie.ethiek.portal.backoffice.login.OidcCallbackView",
          "nl.provincie.ethiek.portal.backoffice.moderation.ConversationAdminView",
          "nl.provincie.ethiek.portal.backoffice.moderation.ConversationsAdminView",
          "nl.provincie.ethiek.portal.backoffice.register.EntryEditView",
          "nl.provincie.ethiek.portal.backoffice.register.RegisterAdminView",
          "nl.provincie.ethiek.portal.conversation.ConversationView",
          "nl.provincie.ethiek.portal.conversation.ConversationsView",
          "nl.provincie.ethiek.portal.map.OpinionMapPage",
          "nl.provincie.ethiek.portal.outcome.OutcomePage",
          "nl.provincie.ethiek.portal.register.EntryView",
          "nl.provincie.ethiek.portal.register.RegisterSearchView",
          "nl.provincie.ethiek.portal.shell.AccessibilityView",
          "nl.provincie.ethiek.portal.shell.PrivacyView",
          "nl.provincie.ethiek.portal.start.StartView");

  /** How ArchUnit describes a cycle through these slices, as far as the text of the cycle goes. */
  private static String cycle(String... slices) {
    return "Cycle detected: " + String.join(" -> \n" + " ".repeat(16), slices) + "\n";
  }

  @Test
  void packages_have_no_cycles() {
    AllowList.check(ArchitectureRules.noCyclesBetweenPackages(ROOT), PORTAL, CYCLES_TODAY);
  }

  @Test
  void views_are_package_private() {
    AllowList.check(ArchitectureRules.entryPointsArePackagePrivate(), PORTAL, PUBLIC_VIEWS_TODAY);
  }

  @Test
  void services_are_known_over_http_only() {
    ArchRule rule =
        noClasses()
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                "nl.provincie.ethiek.participation..",
                "nl.provincie.ethiek.cases..",
                "nl.provincie.ethiek.register..",
                "nl.provincie.ethiek.servicekit..")
            .as("the portal knows the services over HTTP only");
    AllowList.check(rule, PORTAL, List.of());
  }

  @Test
  void models_and_clients_are_free_of_vaadin() {
    ArchRule rule =
        noClasses()
            .that()
            .haveSimpleNameEndingWith("Model")
            .or()
            .haveSimpleNameEndingWith("Client")
            .or()
            .resideInAPackage(ROOT + ".http..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("com.vaadin..")
            .as("models, clients and the HTTP package are free of Vaadin");
    AllowList.check(rule, PORTAL, List.of());
  }
}
