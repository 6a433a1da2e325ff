package nl.provincie.ethiek.cases.audit;

import static nl.provincie.ethiek.cases.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import nl.provincie.ethiek.cases.CaseApi;
import nl.provincie.ethiek.cases.audit.head.HeadPublisher;
import nl.provincie.ethiek.servicekit.events.EventTopics;
import nl.provincie.ethiek.testsupport.KafkaTopics;
import nl.provincie.ethiek.testsupport.RealInfrastructure;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Signed chain heads (docs/adr/0043) on real PostgreSQL and Kafka: published when the chain grew,
 * once however many callers ask; a chain rewritten in SQL with every hash recomputed passes its own
 * links but fails against the heads, from the database and from a copy kept elsewhere.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublishedHeadsTest implements TestPropertyProvider {

  private static final RealInfrastructure INFRA = RealInfrastructure.shared();
  private final String database = INFRA.newDatabase("cases");

  @Inject EmbeddedServer server;
  @Inject HeadPublisher publisher;
  @Inject JsonMapper json;
  private CaseApi secretary;

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> p = new HashMap<>(INFRA.micronautProperties(database));
    // every call may publish, so the test decides where the heads fall
    p.put("cases.audit.heads.interval", "0s");
    return p;
  }

  @BeforeEach
  void client() {
    secretary = CaseApi.as(server.getURL().toString(), "secretaris", "demo-secretaris");
  }

  @Test
  void a_chain_rewritten_in_sql_fails_against_the_published_heads_at_the_first_divergent_one()
      throws Exception {
    String id = decidedCase(secretary, "Slimme verkeerslichten");
    // every instance's job asking at once: one of them signs the head
    List<ChainHead> published = publishFromManyCallersAtOnce();
    assertThat(published).hasSize(1);
    long six = published.get(0).sequence();
    assertThat(publisher.publishIfDue()).as("the head did not change").isEmpty();
    secretary.ok(
        secretary.post(
            "/api/v1/cases/" + id + "/actions",
            "{\"title\":\"Evaluatie plannen\",\"owner\":\"Team Mobiliteit\",\"dueDate\":\"2030-03-01\"}"),
        201);
    long seven = publisher.publishIfDue().orElseThrow().sequence();
    secretary.ok(secretary.post("/api/v1/cases", newCase("Chatbot subsidieloket", "PUBLIC")), 201);
    long eight = publisher.publishIfDue().orElseThrow().sequence();
    assertThat(List.of(six, seven, eight)).containsExactly(6L, 7L, 8L);

    JsonNode intact = verify();
    assertThat(intact.get("intact").getBooleanValue()).isTrue();
    assertThat(intact.get("headsChecked").getLongValue()).isEqualTo(3);
    assertThat(intact.get("intactUpTo").getLongValue()).isEqualTo(8);

    // the feed and the heads on Kafka verify with the published public key alone
    JsonNode feed =
        read(
            CaseApi.anonymous(server.getURL().toString()).get("/api/v1/public/audit-heads").body());
    HeadKey.Verifier publicKey =
        HeadKey.Verifier.fromPublicKey(feed.get("publicKey").getStringValue());
    List<ChainHead> fromFeed = heads(feed.get("items"));
    assertThat(fromFeed).extracting(ChainHead::sequence).containsExactly(6L, 7L, 8L);
    assertThat(fromFeed).allMatch(publicKey::verifies);
    Set<String> hashes = fromFeed.stream().map(ChainHead::hash).collect(Collectors.toSet());
    List<ConsumerRecord<String, String>> onKafka =
        KafkaTopics.readMatching(
            INFRA.bootstrapServers(),
            EventTopics.CASE_AUDIT_CHAIN_HEAD_PUBLISHED,
            r -> hashes.contains(read(r.value()).get("hash").getStringValue()),
            3,
            Duration.ofSeconds(30));
    assertThat(onKafka).hasSize(3).allMatch(r -> r.key().equals("audit-chain"));
    assertThat(onKafka.stream().map(r -> head(read(r.value()))).toList())
        .allMatch(publicKey::verifies)
        .extracting(ChainHead::sequence)
        .containsExactly(6L, 7L, 8L);

    // the database owner rewrites history from entry 7 on, recomputing every hash
    rewriteFrom(7, "mallory");
    assertThat(AuditChain.verify(entries()).intact()).as("the rewrite links up again").isTrue();

    JsonNode rewritten = verify();
    assertThat(rewritten.get("intact").getBooleanValue()).isFalse();
    assertThat(rewritten.get("firstBrokenSequence").getLongValue()).isEqualTo(7);
    assertThat(rewritten.get("intactUpTo").getLongValue()).isEqualTo(6);
    assertThat(rewritten.get("finding").getStringValue()).startsWith("chain rewritten");

    // the rewritten chain is never signed
    secretary.ok(secretary.post("/api/v1/cases", newCase("Drone-inspecties", "PUBLIC")), 201);
    assertThat(publisher.publishIfDue()).isEmpty();

    // the owner also removes the heads kept in the database: the copies kept elsewhere still tell
    sql("delete from audit_chain_head");
    assertThat(verify().get("intact").getBooleanValue()).as("nothing left to compare").isTrue();
    JsonNode againstCopies =
        read(
            secretary.ok(
                secretary.post(
                    "/api/v1/audit/verify",
                    "{\"heads\":" + json.writeValueAsString(feed.get("items")) + "}"),
                200));
    assertThat(againstCopies.get("intact").getBooleanValue()).isFalse();
    assertThat(againstCopies.get("firstBrokenSequence").getLongValue()).isEqualTo(7);
  }

  @Test
  void heads_that_are_not_this_services_are_refused_with_the_pointer_to_them() throws Exception {
    HeadKey stranger = HeadKey.fromSeed("YSBzdHJhbmdlciBrZXksIG5vdCB0aGUgc2VydmljZSE");
    ChainHead forged = stranger.sign(1, "a".repeat(64), Instant.parse("2026-12-01T00:00:00Z"));
    var response =
        secretary.post(
            "/api/v1/audit/verify", "{\"heads\":[" + json.writeValueAsString(forged) + "]}");
    assertThat(response.statusCode()).isEqualTo(422);
    JsonNode problem = read(response.body());
    assertThat(problem.get("type").getStringValue())
        .isEqualTo("tag:ethiek.provincie.nl,2026:problems/validation");
    assertThat(problem.get("errors").get(0).get("pointer").getStringValue())
        .isEqualTo("/heads/0/signature");

    var empty = secretary.post("/api/v1/audit/verify", "{\"heads\":[]}");
    assertThat(empty.statusCode()).isEqualTo(422);
    assertThat(read(empty.body()).get("errors").get(0).get("pointer").getStringValue())
        .isEqualTo("/heads");
    var nullHead = secretary.post("/api/v1/audit/verify", "{\"heads\":[null]}");
    assertThat(nullHead.statusCode()).isEqualTo(422);
  }

  private List<ChainHead> publishFromManyCallersAtOnce() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Callable<java.util.Optional<ChainHead>>> calls = new ArrayList<>();
      for (int i = 0; i < 40; i++) {
        calls.add(publisher::publishIfDue);
      }
      List<ChainHead> published = new ArrayList<>();
      for (Future<java.util.Optional<ChainHead>> f : pool.invokeAll(calls)) {
        f.get().ifPresent(published::add);
      }
      return published;
    } finally {
      pool.shutdown();
    }
  }

  private JsonNode verify() {
    return read(secretary.ok(secretary.get("/api/v1/audit/verify"), 200));
  }

  private JsonNode read(String text) {
    try {
      return json.readValue(text, JsonNode.class);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private List<ChainHead> heads(JsonNode items) {
    List<ChainHead> heads = new ArrayList<>();
    for (JsonNode item : items.values()) {
      heads.add(head(item));
    }
    return heads;
  }

  private static ChainHead head(JsonNode n) {
    return new ChainHead(
        n.get("sequence").getLongValue(),
        n.get("hash").getStringValue(),
        Instant.parse(n.get("publishedAt").getStringValue()),
        n.get("keyId").getStringValue(),
        n.get("signature").getStringValue());
  }

  private Connection db() throws SQLException {
    return DriverManager.getConnection(INFRA.jdbcUrl(database), INFRA.username(), INFRA.password());
  }

  private void sql(String statement) throws SQLException {
    try (Connection db = db();
        Statement st = db.createStatement()) {
      st.executeUpdate(statement);
    }
  }

  private List<AuditEntry> entries() throws SQLException {
    List<AuditEntry> rows = new ArrayList<>();
    try (Connection db = db();
        Statement st = db.createStatement();
        ResultSet rs =
            st.executeQuery(
                "select sequence, case_id, actor, at, action, before_state, after_state,"
                    + " previous_hash, hash from audit_entry order by sequence")) {
      while (rs.next()) {
        rows.add(
            new AuditEntry(
                rs.getLong(1),
                rs.getObject(2, UUID.class),
                rs.getString(3),
                rs.getTimestamp(4).toInstant(),
                rs.getString(5),
                rs.getString(6),
                rs.getString(7),
                rs.getString(8),
                rs.getString(9)));
      }
    }
    return rows;
  }

  /** Changes the actor of entry {@code from} and recomputes every hash from there, as SQL does. */
  private void rewriteFrom(long from, String actor) throws SQLException {
    List<AuditEntry> all = entries();
    String previous = all.get((int) from - 2).hash();
    try (Connection db = db();
        PreparedStatement update =
            db.prepareStatement(
                "update audit_entry set actor = ?, previous_hash = ?, hash = ? where sequence = ?")) {
      for (AuditEntry e : all.subList((int) from - 1, all.size())) {
        String who = e.sequence() == from ? actor : e.actor();
        String hash =
            AuditChain.hash(
                e.sequence(), e.caseId(), who, e.at(), e.action(), e.before(), e.after(), previous);
        update.setString(1, who);
        update.setString(2, previous);
        update.setString(3, hash);
        update.setLong(4, e.sequence());
        update.executeUpdate();
        previous = hash;
      }
    }
  }
}
