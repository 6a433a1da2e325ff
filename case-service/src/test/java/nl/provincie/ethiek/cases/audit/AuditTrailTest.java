package nl.provincie.ethiek.cases.audit;

import static nl.provincie.ethiek.cases.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Map;
import nl.provincie.ethiek.cases.CaseApi;
import nl.provincie.ethiek.testsupport.RealInfrastructure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuditTrailTest implements TestPropertyProvider {

  private static final RealInfrastructure INFRA = RealInfrastructure.shared();
  private final String database = INFRA.newDatabase("cases");

  @Inject EmbeddedServer server;

  @Override
  public Map<String, String> getProperties() {
    return INFRA.micronautProperties(database);
  }

  @Test
  void altering_a_stored_entry_is_detected_by_the_verify_endpoint() throws Exception {
    CaseApi secretary = CaseApi.as(server.getURL().toString(), "secretaris", "demo-secretaris");
    String id = decidedCase(secretary, "Algoritme subsidies");
    String intact = secretary.ok(secretary.get("/api/v1/audit/verify"), 200);
    assertThat(intact).contains("\"intact\":true").contains("\"entriesChecked\":6");
    String trail = secretary.ok(secretary.get("/api/v1/cases/" + id + "/audit"), 200);
    assertThat(trail)
        .contains("\"actor\":\"secretaris\"")
        .contains("\"previousHash\"")
        .contains("\"before\"");

    try (Connection db =
            DriverManager.getConnection(
                INFRA.jdbcUrl(database), INFRA.username(), INFRA.password());
        Statement st = db.createStatement()) {
      // someone rewrites history: the decision now claims another actor
      st.executeUpdate("update audit_entry set actor = 'mallory' where sequence = 4");
    }

    String broken = secretary.ok(secretary.get("/api/v1/audit/verify"), 200);
    assertThat(broken)
        .contains("\"intact\":false")
        .contains("\"firstBrokenSequence\":4")
        .contains("content altered");
  }

  @Test
  void removing_an_entry_breaks_the_link_of_the_next_one() {
    var a =
        new AuditEntry(
            1, null, "a", java.time.Instant.EPOCH, "x", null, "{}", AuditChain.GENESIS, null);
    var first =
        new AuditEntry(
            1,
            null,
            "a",
            java.time.Instant.EPOCH,
            "x",
            null,
            "{}",
            AuditChain.GENESIS,
            AuditChain.hashOf(a));
    var b =
        new AuditEntry(2, null, "b", java.time.Instant.EPOCH, "y", "{}", "{}", first.hash(), null);
    var second =
        new AuditEntry(
            2,
            null,
            "b",
            java.time.Instant.EPOCH,
            "y",
            "{}",
            "{}",
            first.hash(),
            AuditChain.hashOf(b));

    assertThat(AuditChain.verify(java.util.List.of(first, second)).intact()).isTrue();
    assertThat(AuditChain.verify(java.util.List.of(second)).finding())
        .isEqualTo("previous hash differs");
  }
}
