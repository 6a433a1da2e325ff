package nl.provincie.ethiek.participation;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import nl.provincie.ethiek.testsupport.architecture.AllowList;
import nl.provincie.ethiek.testsupport.architecture.ArchitectureRules;
import org.junit.jupiter.api.Test;

/**
 * The layout the README describes (docs/adr/0046): package by feature; each feature's rules and
 * values in its {@code domain} sub-package and the events in {@code events}, all plain Java; use
 * cases and adapters at the feature root; HTTP statuses and problem types only in the web adapters.
 */
class ArchitectureTest {

  private static final String ROOT = "nl.provincie.ethiek.participation";
  private static final String[] DOMAIN = {ROOT + ".*.domain..", ROOT + ".events.."};

  private static final JavaClasses CLASSES = ArchitectureRules.mainClassesOf(ROOT);

  /** Controllers, the HTTP filters and binders, and the {@code *Problems} exception handlers. */
  private static final DescribedPredicate<JavaClass> WEB_ADAPTER =
      DescribedPredicate.describe(
          "web adapters",
          c ->
              c.isMetaAnnotatedWith("io.micronaut.http.annotation.Controller")
                  || c.isMetaAnnotatedWith("io.micronaut.http.annotation.ServerFilter")
                  || c.isAssignableTo("io.micronaut.core.bind.ArgumentBinder")
                  || c.getName().matches(".*Problems(\\$.*)?")
                  || c.getPackageName().equals(ROOT + ".web"));

  @Test
  void packages_have_no_cycles() {
    AllowList.check(ArchitectureRules.noCyclesBetweenPackages(ROOT), CLASSES, List.of());
  }

  @Test
  void domain_is_framework_free() {
    AllowList.check(ArchitectureRules.domainIsFrameworkFree(DOMAIN), CLASSES, List.of());
  }

  @Test
  void entry_points_are_package_private() {
    AllowList.check(ArchitectureRules.entryPointsArePackagePrivate(), CLASSES, List.of());
  }

  @Test
  void domain_depends_on_no_use_case_or_adapter() {
    ArchRule rule =
        noClasses()
            .that()
            .resideInAnyPackage(DOMAIN)
            .should()
            .dependOnClassesThat(
                DescribedPredicate.describe(
                    "use cases or adapters of participation",
                    c ->
                        c.getPackageName().startsWith(ROOT)
                            && !c.getPackageName().startsWith(ROOT + ".events")
                            && !c.getPackageName().matches(".*\\.domain(\\..*)?")))
            .as("domain packages depend on no use case or adapter");
    AllowList.check(rule, CLASSES, List.of());
  }

  @Test
  void http_statuses_and_problem_types_stay_in_the_web_adapters() {
    ArchRule rule =
        noClasses()
            .that(DescribedPredicate.not(WEB_ADAPTER))
            .should()
            .dependOnClassesThat()
            .haveFullyQualifiedName("io.micronaut.http.HttpStatus")
            .orShould()
            .dependOnClassesThat()
            .resideInAPackage("nl.provincie.ethiek.servicekit.problem..")
            .as("only web adapters use HTTP statuses and problem types");
    AllowList.check(rule, CLASSES, List.of());
  }
}
