package nl.provincie.ethiek.register;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.properties.HasName;
import com.tngtech.archunit.core.domain.properties.HasOwner;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.List;
import nl.provincie.ethiek.testsupport.architecture.AllowList;
import nl.provincie.ethiek.testsupport.architecture.ArchitectureRules;
import org.junit.jupiter.api.Test;

/**
 * The rules of ../shared/STYLE.md and the layout of register-service/README.md, checked on the
 * service's main classes (docs/adr/0047).
 */
class ArchitectureTest {

  private static final String ROOT = "nl.provincie.ethiek.register";
  private static final String ENTRY = ROOT + ".entry";

  /** The features laid out as root (plain Java), internal (adapters) and web (HTTP). */
  private static final List<String> FEATURES =
      List.of("entry", "delivery", "importing", "assessment", "auditheads");

  private static final JavaClasses MAIN = ArchitectureRules.mainClassesOf(ROOT);

  @Test
  void packages_have_no_cycles() {
    AllowList.check(ArchitectureRules.noCyclesBetweenPackages(ROOT), MAIN, List.of());
  }

  @Test
  void the_entry_domain_is_framework_free() {
    AllowList.check(ArchitectureRules.domainIsFrameworkFree(ENTRY), MAIN, List.of());
  }

  @Test
  void every_feature_root_is_framework_free() {
    String[] roots = FEATURES.stream().map(feature -> ROOT + "." + feature).toArray(String[]::new);
    AllowList.check(ArchitectureRules.domainIsFrameworkFree(roots), MAIN, List.of());
  }

  @Test
  void controllers_live_in_their_features_web_package() {
    ArchRule rule =
        classes()
            .that()
            .areMetaAnnotatedWith("io.micronaut.http.annotation.Controller")
            .should()
            .resideInAPackage(ROOT + ".*.web")
            .as("controllers live in the web package of their feature");
    AllowList.check(rule, MAIN, List.of());
  }

  @Test
  void exception_handlers_live_in_web() {
    ArchRule rule =
        classes()
            .that()
            .implement("io.micronaut.http.server.exceptions.ExceptionHandler")
            .should()
            .resideInAPackage(ROOT + ".*.web")
            .as("domain exceptions are mapped to problem+json in the web package of their feature");
    AllowList.check(rule, MAIN, List.of());
  }

  @Test
  void kafka_listeners_and_storage_live_in_internal() {
    ArchRule rule =
        noClasses()
            .that()
            .resideOutsideOfPackage(ROOT + ".*.internal")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                "java.sql..",
                "io.micronaut.data..",
                "io.micronaut.transaction..",
                "org.apache.kafka..",
                "io.micronaut.configuration.kafka..",
                "nl.provincie.ethiek.servicekit.jdbc..")
            .as("database and Kafka are reached from a feature's internal package only");
    AllowList.check(rule, MAIN, List.of());
  }

  @Test
  void internal_does_not_know_web() {
    ArchRule rule =
        noClasses()
            .that()
            .resideInAPackage(ROOT + ".*.internal")
            .should()
            .dependOnClassesThat()
            .resideInAPackage(ROOT + ".*.web")
            .as("no feature's internal package knows a web package");
    AllowList.check(rule, MAIN, List.of());
  }

  @Test
  void controllers_and_listeners_are_package_private() {
    AllowList.check(ArchitectureRules.entryPointsArePackagePrivate(), MAIN, List.of());
  }

  @Test
  void other_features_use_the_entry_feature_through_its_root_only() {
    ArchRule rule =
        noClasses()
            .that()
            .resideOutsideOfPackage(ENTRY + "..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(ENTRY + ".internal..", ENTRY + ".web..")
            .as("other features use the entry feature through its root package only");
    AllowList.check(rule, MAIN, List.of());
  }

  @Test
  void the_entry_feature_answers_http_in_web_only() {
    ArchRule rule =
        classes()
            .that()
            .resideInAPackage(ENTRY + "..")
            .and()
            .areMetaAnnotatedWith("io.micronaut.http.annotation.Controller")
            .should()
            .resideInAPackage(ENTRY + ".web")
            .as("the entry feature's controllers live in entry.web")
            .allowEmptyShould(true);
    AllowList.check(rule, MAIN, List.of());
  }

  @Test
  void the_entry_feature_touches_the_database_in_internal_only() {
    ArchRule rule =
        noClasses()
            .that()
            .resideInAPackage(ENTRY + "..")
            .and()
            .resideOutsideOfPackage(ENTRY + ".internal..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("java.sql..", "io.micronaut.data..", "io.micronaut.transaction..")
            .as("the entry feature reaches the database from entry.internal only");
    AllowList.check(rule, MAIN, List.of());
  }

  @Test
  void the_web_layer_is_not_used_by_storage() {
    ArchRule rule =
        noClasses()
            .that()
            .resideInAPackage(ENTRY + ".internal..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage(ENTRY + ".web..")
            .as("entry.internal does not know entry.web")
            .allowEmptyShould(true);
    AllowList.check(rule, MAIN, List.of());
  }

  @Test
  void explicit_sql_goes_through_the_one_jdbc_helper() {
    ArchRule rule =
        noClasses()
            .should()
            .callMethodWhere(
                JavaCall.Predicates.target(HasName.Predicates.name("prepareStatement"))
                    .and(
                        JavaCall.Predicates.target(
                            HasOwner.Predicates.With.owner(
                                JavaClass.Predicates.assignableTo(
                                    "io.micronaut.data.jdbc.runtime.JdbcOperations")))))
            .as("explicit SQL goes through service-kit's Jdbc, which translates SQLException once");
    AllowList.check(rule, MAIN, List.of());
  }

  @Test
  void the_entry_api_speaks_in_its_own_records_not_in_the_domain_records() {
    ArchCondition<JavaField> noDomainRecord =
        new ArchCondition<>("not hold a record of the entry domain") {
          @Override
          public void check(JavaField field, ConditionEvents events) {
            for (JavaClass type : field.getType().getAllInvolvedRawTypes()) {
              if (type.getPackageName().equals(ENTRY) && type.isRecord()) {
                events.add(
                    SimpleConditionEvent.violated(
                        field, field.getFullName() + " holds the domain record " + type.getName()));
              }
            }
          }
        };
    ArchRule rule =
        fields()
            .that()
            .areDeclaredInClassesThat()
            .resideInAPackage(ENTRY + ".web")
            .and()
            .areDeclaredInClassesThat()
            .areAnnotatedWith("io.micronaut.serde.annotation.Serdeable")
            .should(noDomainRecord)
            .as("the entry API's bodies are records of entry.web, mapped to the domain (ADR 0063)");
    AllowList.check(rule, MAIN, List.of());
  }
}
