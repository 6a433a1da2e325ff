package nl.provincie.ethiek.cases;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import nl.provincie.ethiek.testsupport.architecture.AllowList;
import nl.provincie.ethiek.testsupport.architecture.ArchitectureRules;
import org.junit.jupiter.api.Test;

/**
 * The rules of ../shared/STYLE.md and the layout of this service's README, checked on its main
 * classes. Plain JUnit: no container, no database.
 */
class ArchitectureTest {

  private static final String ROOT = "nl.provincie.ethiek.cases";
  private static final JavaClasses MAIN = ArchitectureRules.mainClassesOf(ROOT);

  /** The feature roots that hold a domain: plain Java, adapters live in sub-packages. */
  private static final String[] DOMAIN = {
    ROOT + ".casefile", ROOT + ".catalogue", ROOT + ".maturity", ROOT + ".export", ROOT + ".audit"
  };

  @Test
  void no_cycles_between_packages() {
    AllowList.check(ArchitectureRules.noCyclesBetweenPackages(ROOT), MAIN, List.of());
  }

  @Test
  void the_domain_is_framework_free() {
    AllowList.check(ArchitectureRules.domainIsFrameworkFree(DOMAIN), MAIN, List.of());
  }

  @Test
  void controllers_and_listeners_are_package_private() {
    AllowList.check(ArchitectureRules.entryPointsArePackagePrivate(), MAIN, List.of());
  }

  @Test
  void controllers_live_in_a_web_package() {
    ArchRule rule =
        classes()
            .that()
            .areMetaAnnotatedWith("io.micronaut.http.annotation.Controller")
            .should()
            .resideInAPackage("..web")
            .as("controllers live in a feature's web package");
    AllowList.check(rule, MAIN, List.of());
  }

  @Test
  void kafka_listeners_live_in_inbound() {
    ArchRule rule =
        classes()
            .that()
            .areMetaAnnotatedWith("io.micronaut.configuration.kafka.annotation.KafkaListener")
            .should()
            .resideInAPackage(ROOT + ".inbound")
            .as("Kafka listeners live in the inbound package, one per topic");
    AllowList.check(rule, MAIN, List.of());
  }

  @Test
  void jdbc_only_in_store_packages() {
    ArchRule rule =
        noClasses()
            .that()
            .resideOutsideOfPackages("..store")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("java.sql..", "javax.sql..", "io.micronaut.data.jdbc.runtime..")
            .as("JDBC is used in store packages only");
    AllowList.check(rule, MAIN, List.of());
  }

  @Test
  void a_feature_root_does_not_reach_into_its_adapters() {
    ArchRule rule =
        noClasses()
            .that()
            .resideInAnyPackage(DOMAIN)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("..web", "..store", "..service", ROOT + ".inbound")
            .as("domain packages depend on no web, store, service or inbound package");
    AllowList.check(rule, MAIN, List.of());
  }

  @Test
  void only_web_packages_speak_http_problems() {
    ArchRule rule =
        noClasses()
            .that()
            .resideOutsideOfPackages("..web")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("nl.provincie.ethiek.servicekit.problem..")
            .as(
                "domain exceptions travel up; only web packages turn them into problem+json,"
                    + " one handler per exception");
    AllowList.check(rule, MAIN, List.of());
  }
}
