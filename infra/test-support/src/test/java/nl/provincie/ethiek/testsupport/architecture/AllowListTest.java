package nl.provincie.ethiek.testsupport.architecture;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import nl.provincie.ethiek.testsupport.architecture.fixture.Plain;
import nl.provincie.ethiek.testsupport.architecture.fixture.UsesJdbc;
import org.junit.jupiter.api.Test;

class AllowListTest {

  private static final JavaClasses FIXTURE =
      new ClassFileImporter().importClasses(Plain.class, UsesJdbc.class);

  private static final ArchRule FRAMEWORK_FREE =
      ArchitectureRules.domainIsFrameworkFree("..architecture.fixture..");

  @Test
  void a_violation_nobody_allowed_fails_and_names_the_class() {
    assertThatThrownBy(() -> AllowList.check(FRAMEWORK_FREE, FIXTURE))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining(UsesJdbc.class.getName())
        .hasMessageContaining("java.sql.Connection")
        .hasMessageNotContaining(Plain.class.getName());
  }

  @Test
  void an_allowed_violation_passes() {
    assertThatCode(
            () -> AllowList.check(FRAMEWORK_FREE, FIXTURE, List.of(UsesJdbc.class.getName())))
        .doesNotThrowAnyException();
  }

  @Test
  void an_entry_that_matches_nothing_fails_so_the_list_only_shrinks() {
    assertThatThrownBy(
            () ->
                AllowList.check(
                    FRAMEWORK_FREE, FIXTURE, List.of(UsesJdbc.class.getName(), "fixture.LongGone")))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("match no violation")
        .hasMessageContaining("fixture.LongGone");
  }
}
