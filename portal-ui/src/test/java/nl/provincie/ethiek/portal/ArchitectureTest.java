package nl.provincie.ethiek.portal;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchRule;
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

  @Test
  void packages_have_no_cycles() {
    AllowList.check(ArchitectureRules.noCyclesBetweenPackages(ROOT), PORTAL);
  }

  @Test
  void views_are_package_private() {
    AllowList.check(ArchitectureRules.entryPointsArePackagePrivate(), PORTAL);
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
    AllowList.check(rule, PORTAL);
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
    AllowList.check(rule, PORTAL);
  }

  @Test
  void the_client_family_is_plain_java_at_the_bottom() {
    AllowList.check(ArchitectureRules.domainIsFrameworkFree(ROOT + ".http.."), PORTAL);
    ArchRule bottom =
        classes()
            .that()
            .resideInAPackage(ROOT + ".http..")
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage("java..", "com.fasterxml.jackson..", ROOT + ".http..")
            .as("the HTTP client family depends on no other package of the portal");
    AllowList.check(bottom, PORTAL);
  }
}
