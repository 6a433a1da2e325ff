package nl.provincie.ethiek.cases.keeper;

import static nl.provincie.ethiek.cases.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import nl.provincie.ethiek.cases.CaseApi;
import nl.provincie.ethiek.servicekit.events.EventTopics;
import nl.provincie.ethiek.testsupport.KafkaTopics;
import nl.provincie.ethiek.testsupport.RealInfrastructure;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KeeperTest implements TestPropertyProvider {

  private static final RealInfrastructure INFRA = RealInfrastructure.shared();

  @Inject EmbeddedServer server;
  @Inject Keeper keeper;
  @Inject JsonMapper mapper;
  private CaseApi secretary;

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> p = new HashMap<>(INFRA.micronautProperties(INFRA.newDatabase("cases")));
    p.put("cases.keeper.interval", "1h");
    return p;
  }

  @BeforeEach
  void client() {
    secretary = CaseApi.as(server.getURL().toString(), "secretaris", "demo-secretaris");
  }

  @Test
  void an_action_past_its_due_date_is_marked_overdue_once_and_announced() {
    String id = decidedCase(secretary, "Sensoren in stallen");
    secretary.ok(
        secretary.post(
            "/api/v1/cases/" + id + "/actions",
            "{\"title\":\"Datadeling vastleggen\",\"owner\":\"Team Landbouw\",\"dueDate\":\"2030-03-01\"}"),
        201);

    keeper.scan(LocalDate.parse("2030-03-01"));
    assertThat(secretary.ok(secretary.get("/api/v1/cases/" + id), 200)).contains("\"PLANNED\"");
    keeper.scan(LocalDate.parse("2030-03-02"));
    keeper.scan(LocalDate.parse("2030-03-03"));

    String c = secretary.ok(secretary.get("/api/v1/cases/" + id), 200);
    assertThat(c).contains("\"status\":\"OVERDUE\"").contains("\"overdueSince\":\"2030-03-02\"");
    var events =
        KafkaTopics.readMatching(
            INFRA.bootstrapServers(),
            EventTopics.CASE_FOLLOW_UP_OVERDUE,
            r -> id.equals(r.key()),
            2,
            Duration.ofSeconds(8));
    assertThat(events).hasSize(1);
    assertThat(events.get(0).value())
        .contains("\"owner\":\"Team Landbouw\"")
        .contains("\"dueDate\":\"2030-03-01\"");
    assertThat(secretary.ok(secretary.get("/api/v1/worklists/keeper"), 200))
        .contains("Datadeling vastleggen")
        .contains("\"overdue\":true");
  }

  private int auditEntries(String caseId) throws java.io.IOException {
    JsonNode trail =
        mapper.readValue(
            secretary.ok(secretary.get("/api/v1/cases/" + caseId + "/audit"), 200), JsonNode.class);
    return trail.size();
  }

  @Test
  void a_scan_that_changes_nothing_writes_no_audit_entry() throws Exception {
    String id = decidedCase(secretary, "Waterstanden voorspellen");
    secretary.ok(
        secretary.post(
            "/api/v1/cases/" + id + "/actions",
            "{\"title\":\"Uitleg op de website\",\"owner\":\"Team Water\",\"dueDate\":\"2032-06-01\"}"),
        201);
    secretary.ok(
        secretary.post("/api/v1/cases/" + id + "/transitions", transition("IN_FOLLOW_UP")), 200);
    int before = auditEntries(id);

    keeper.scan(LocalDate.parse("2032-05-01"));
    keeper.scan(LocalDate.parse("2032-05-02"));

    assertThat(auditEntries(id)).isEqualTo(before);

    keeper.scan(LocalDate.parse("2032-06-02"));
    keeper.scan(LocalDate.parse("2032-06-03"));

    assertThat(auditEntries(id)).isEqualTo(before + 1);
  }

  @Test
  void a_periodic_re_evaluation_opens_when_due_and_schedules_the_next_one() {
    String id = decidedCase(secretary, "Sociale media");
    secretary.ok(
        secretary.put(
            "/api/v1/cases/" + id + "/re-evaluation",
            "{\"periodMonths\":6,\"dueDate\":\"2031-01-10\",\"reason\":\"Twee keer per jaar\"}"),
        200);
    secretary.ok(
        secretary.post("/api/v1/cases/" + id + "/transitions", transition("IN_FOLLOW_UP")), 200);

    keeper.scan(LocalDate.parse("2031-01-09"));
    assertThat(secretary.ok(secretary.get("/api/v1/cases/" + id), 200))
        .contains("\"state\":\"IN_FOLLOW_UP\"");
    keeper.scan(LocalDate.parse("2031-01-10"));
    keeper.scan(LocalDate.parse("2031-01-11"));

    assertThat(secretary.ok(secretary.get("/api/v1/cases/" + id), 200))
        .contains("\"state\":\"RE_EVALUATION\"");
    var due =
        KafkaTopics.readMatching(
            INFRA.bootstrapServers(),
            EventTopics.CASE_RE_EVALUATION_DUE,
            r -> id.equals(r.key()),
            2,
            Duration.ofSeconds(8));
    assertThat(due).hasSize(1);
    assertThat(due.get(0).value())
        .contains("\"dueDate\":\"2031-01-10\"")
        .contains("\"trigger\":\"PERIODIC\"");

    String next =
        secretary.ok(
            secretary.post("/api/v1/cases/" + id + "/transitions", transition("IN_FOLLOW_UP")),
            200);
    assertThat(next).contains("\"dueDate\":\"2031-07-10\"");
  }

  @Test
  void a_resident_signal_triggers_a_re_evaluation_now() {
    String id = decidedCase(secretary, "Druktemonitor");
    secretary.ok(
        secretary.post("/api/v1/cases/" + id + "/transitions", transition("IN_FOLLOW_UP")), 200);

    String triggered =
        secretary.ok(
            secretary.post(
                "/api/v1/cases/" + id + "/re-evaluation/trigger",
                "{\"trigger\":\"RESIDENT_SIGNAL\",\"reason\":\"Klachten over borden\"}"),
            200);

    assertThat(triggered).contains("\"state\":\"RE_EVALUATION\"").contains("RESIDENT_SIGNAL");
  }
}
