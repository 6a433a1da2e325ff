package nl.provincie.ethiek.testsupport.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;

/**
 * The rules of ../shared/STYLE.md that every service and the portal check on their own main classes
 * (docs/adr/0045). Each module's architecture test imports its classes once, then checks these
 * rules and its own layout with {@link AllowList}: what a rule still finds must be named there, and
 * a name that no longer matches anything fails too, so the list only shrinks.
 */
public final class ArchitectureRules {

  /** What domain code may not import: the frameworks, the database, Kafka, HTTP problems. */
  public static final List<String> FRAMEWORKS =
      List.of(
          "io.micronaut..",
          "jakarta.inject..",
          "java.sql..",
          "javax.sql..",
          "org.apache.kafka..",
          "com.vaadin..",
          "nl.provincie.ethiek.servicekit.problem..");

  private static final String CONTROLLER = "io.micronaut.http.annotation.Controller";
  private static final String KAFKA_LISTENER =
      "io.micronaut.configuration.kafka.annotation.KafkaListener";
  private static final String ROUTE = "com.vaadin.flow.router.Route";

  private ArchitectureRules() {}

  /** The production classes of a module: its root package and below, tests and jars left out. */
  public static JavaClasses mainClassesOf(String rootPackage) {
    return new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
        .importPackages(rootPackage);
  }

  /** No package below the root depends, directly or through others, on itself. */
  public static ArchRule noCyclesBetweenPackages(String rootPackage) {
    return slices()
        .matching(rootPackage + ".(**)")
        .namingSlices("$1")
        .should()
        .beFreeOfCycles()
        .as("no cycles between the packages of " + rootPackage);
  }

  /**
   * The domain packages import no framework, no JDBC, no Kafka, no Vaadin and no HTTP problem type:
   * they are plain Java that a unit test constructs without a container.
   */
  public static ArchRule domainIsFrameworkFree(String... domainPackages) {
    return noClasses()
        .that()
        .resideInAnyPackage(domainPackages)
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(FRAMEWORKS.toArray(String[]::new))
        .as("domain packages " + String.join(", ", domainPackages) + " are framework free");
  }

  /**
   * Controllers, Kafka listeners and Vaadin routes are entry points the framework finds; no other
   * code calls them, so they are package-private.
   */
  public static ArchRule entryPointsArePackagePrivate() {
    return classes()
        .that()
        .areMetaAnnotatedWith(CONTROLLER)
        .or()
        .areMetaAnnotatedWith(KAFKA_LISTENER)
        .or()
        .areMetaAnnotatedWith(ROUTE)
        .should()
        .notBePublic()
        .as("controllers, listeners and routes are package-private")
        .allowEmptyShould(true);
  }
}
