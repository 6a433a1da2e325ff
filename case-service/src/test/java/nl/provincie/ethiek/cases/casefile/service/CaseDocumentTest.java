package nl.provincie.ethiek.cases.casefile.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Instant;
import java.util.Map;
import nl.provincie.ethiek.cases.CaseApi;
import nl.provincie.ethiek.cases.casefile.CaseState;
import nl.provincie.ethiek.cases.casefile.EthicsCase;
import nl.provincie.ethiek.cases.casefile.store.CaseStore;
import nl.provincie.ethiek.testsupport.RealInfrastructure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Documents written before the case held parts (fixtures in {@code src/test/resources/casefile},
 * written by that code) still load, and are written and shown exactly as that code wrote them.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CaseDocumentTest implements TestPropertyProvider {

  private static final RealInfrastructure INFRA = RealInfrastructure.shared();

  @Inject EmbeddedServer server;
  @Inject CaseJson json;
  @Inject CaseStore store;
  @Inject CaseFiles cases;
  @Inject TransactionOperations<Connection> transactions;

  @Override
  public Map<String, String> getProperties() {
    return INFRA.micronautProperties(INFRA.newDatabase("cases"));
  }

  private static String fixture(String name) {
    try (InputStream in = CaseDocumentTest.class.getResourceAsStream("/casefile/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void a_fully_filled_document_of_the_flat_case_reads_and_writes_back_unchanged() {
    String stored = fixture("full-case-document.json");

    EthicsCase c = json.read(stored);
    String written = json.write(c);

    assertThat(CaseApi.json(written)).isEqualTo(CaseApi.json(stored));
    assertThat(written).isEqualTo(stored.strip());
    assertThat(c.state()).isEqualTo(CaseState.IN_FOLLOW_UP);
    assertThat(c.triage()).isPresent();
    assertThat(c.assessment().aiAct()).isPresent();
    assertThat(c.assessment().runs()).singleElement();
    assertThat(c.participation().inputs().get(0).howUsed()).isEqualTo("Voorwaarde in het advies");
    assertThat(c.followUp().actions()).hasSize(2);
    assertThat(c.followUp().reEvaluation().orElseThrow().announcedFor()).isNotNull();
  }

  @Test
  void an_older_document_without_some_lists_and_fields_reads_as_before() {
    EthicsCase c = json.read(fixture("older-case-document.json"));

    assertThat(CaseApi.json(json.write(c)))
        .isEqualTo(CaseApi.json(fixture("older-case-document.rewritten.json")));
    assertThat(c.opening().reason()).isEmpty();
    assertThat(c.advice()).isEmpty();
    assertThat(c.followUp().actions()).isEmpty();
    assertThat(c.participation().requests()).isEmpty();
  }

  @Test
  void a_stored_row_of_the_flat_case_is_shown_by_the_api_as_it_was_stored() {
    String stored = fixture("full-case-document.json");
    EthicsCase c = json.read(stored);
    transactions.executeWrite(
        status -> {
          store.save(c, stored, Instant.now());
          return null;
        });
    CaseApi officer = CaseApi.as(server.getURL().toString(), "ethicus", "demo-ethicus");

    String body = officer.ok(officer.get("/api/v1/cases/" + c.id()), 200);

    assertThat(CaseApi.json(body).get("ethicsCase")).isEqualTo(CaseApi.json(stored));
    assertThat(cases.get(c.id().value(), Actor.SYSTEM)).isEqualTo(c);
  }
}
