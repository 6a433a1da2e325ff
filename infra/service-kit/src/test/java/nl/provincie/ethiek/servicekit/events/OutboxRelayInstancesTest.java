package nl.provincie.ethiek.servicekit.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.transaction.TransactionOperations;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import nl.provincie.ethiek.testsupport.RealInfrastructure;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Two service instances (two application contexts) relay one outbox on one PostgreSQL database to
 * one Kafka topic at the same time, while a writer keeps appending (docs/adr/0023).
 */
class OutboxRelayInstancesTest {

  private static final RealInfrastructure INFRA = RealInfrastructure.shared();
  private static final int PARTITIONS = 4;
  private static final List<String> KEYS = List.of("case-a", "case-b", "case-c", "case-d", "e");

  private final String database = INFRA.newDatabase("outbox_instances");
  private final TopicReader kafka = new TopicReader(INFRA.bootstrapServers());
  private final List<ApplicationContext> instances = new ArrayList<>();

  /** An instance whose relay runs only when the test says so. */
  private ApplicationContext instance() {
    Map<String, Object> properties = new HashMap<>(INFRA.micronautProperties(database));
    properties.put("platform.outbox.initial-delay", "1h");
    ApplicationContext context = ApplicationContext.run(properties);
    instances.add(context);
    return context;
  }

  @AfterEach
  void stop() {
    instances.forEach(ApplicationContext::close);
  }

  @Test
  void two_relays_send_every_event_once_and_each_key_in_outbox_order() throws Exception {
    String topic = "test.relay-instances-" + UUID.randomUUID().toString().substring(0, 8) + ".v1";
    kafka.create(topic, PARTITIONS);
    ApplicationContext first = instance();
    ApplicationContext second = instance();
    Map<String, List<UUID>> written = new LinkedHashMap<>();
    KEYS.forEach(key -> written.put(key, new ArrayList<>()));
    int transactionsOf50 = 60;

    ExecutorService threads = Executors.newFixedThreadPool(3);
    AtomicBoolean writing = new AtomicBoolean(true);
    Future<?> writer =
        threads.submit(
            () -> {
              try {
                for (int t = 0; t < transactionsOf50; t++) {
                  appendMixed(first, topic, t, written);
                }
              } finally {
                writing.set(false);
              }
            });
    Future<Integer> relayedByFirst = threads.submit(() -> relayUntilDrained(first, writing));
    Future<Integer> relayedBySecond = threads.submit(() -> relayUntilDrained(second, writing));
    writer.get();
    int byFirst = relayedByFirst.get();
    int bySecond = relayedBySecond.get();
    threads.shutdown();

    int total = transactionsOf50 * 50;
    System.out.printf(
        "two relays, %d events over %d keys: first sent %d, second %d%n",
        total, KEYS.size(), byFirst, bySecond);
    assertThat(pendingRows()).isZero();
    assertThat(byFirst + bySecond).isEqualTo(total);
    assertThat(byFirst).as("the first instance relayed").isPositive();
    assertThat(bySecond).as("the second instance relayed").isPositive();

    List<ConsumerRecord<String, String>> records = kafka.readAll(topic, PARTITIONS);
    assertThat(records).hasSize(total);
    assertThat(records.stream().map(ConsumedEvent::eventId).distinct()).hasSize(total);
    Map<String, List<UUID>> consumed = new LinkedHashMap<>();
    for (ConsumerRecord<String, String> record : records) {
      consumed
          .computeIfAbsent(record.key(), k -> new ArrayList<>())
          .add(ConsumedEvent.eventId(record));
    }
    assertThat(consumed.keySet()).containsExactlyInAnyOrderElementsOf(KEYS);
    for (String key : KEYS) {
      assertThat(consumed.get(key))
          .as("events of %s in outbox order", key)
          .isEqualTo(written.get(key));
    }
  }

  @Test
  void a_lane_stops_at_an_event_kafka_refuses_so_later_events_of_its_key_wait() {
    String topic = "test.relay-refused-" + UUID.randomUUID().toString().substring(0, 8) + ".v1";
    kafka.create(topic, 1);
    ApplicationContext instance = instance();
    NoteWritten before = NoteWritten.of("before");
    NoteWritten tooLarge = NoteWritten.of("x".repeat(1_100_000)); // over max.request.size (1 MB)
    NoteWritten after = NoteWritten.of("after");
    transactions(instance)
        .executeWrite(
            status -> {
              instance
                  .getBean(Outbox.class)
                  .appendAll(
                      topic,
                      List.of(
                          new Outbox.Keyed("case-x", before),
                          new Outbox.Keyed("case-x", tooLarge),
                          new Outbox.Keyed("case-x", after)));
              return null;
            });

    OutboxRelay.Pass pass = instance.getBean(OutboxRelay.class).relayPass();

    assertThat(pass.failed()).isTrue();
    assertThat(pass.relayed()).isEqualTo(1);
    assertThat(kafka.readAll(topic, 1))
        .extracting(ConsumedEvent::eventId)
        .containsExactly(before.eventId());
    OutboxRows rows = new OutboxRows(INFRA.jdbcUrl(database), INFRA.username(), INFRA.password());
    assertThat(rows.published(before.eventId())).isTrue();
    assertThat(rows.find(tooLarge.eventId()).attempts()).isEqualTo(1);
    assertThat(rows.find(tooLarge.eventId()).lastError()).contains("RecordTooLargeException");
    assertThat(rows.find(after.eventId()).attempts()).as("never sent").isZero();
  }

  /** One transaction of 50 events, keys interleaved, as concurrent requests would write them. */
  private static void appendMixed(
      ApplicationContext instance, String topic, int transaction, Map<String, List<UUID>> written) {
    List<Outbox.Keyed> events = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      String key = KEYS.get((transaction * 7 + i * 3) % KEYS.size());
      NoteWritten event = NoteWritten.of(transaction + "/" + i);
      events.add(new Outbox.Keyed(key, event));
    }
    transactions(instance)
        .executeWrite(
            status -> {
              instance.getBean(Outbox.class).appendAll(topic, events);
              return null;
            });
    synchronized (written) {
      events.forEach(e -> written.get(e.aggregateKey()).add(e.event().eventId()));
    }
  }

  /** Relays passes until the writer is done and the outbox is empty; returns events relayed. */
  private int relayUntilDrained(ApplicationContext instance, AtomicBoolean writing) {
    OutboxRelay relay = instance.getBean(OutboxRelay.class);
    int relayed = 0;
    Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
    while ((writing.get() || pendingRows() > 0) && Instant.now().isBefore(deadline)) {
      OutboxRelay.Pass pass = relay.relayPass();
      assertThat(pass.failed()).isFalse();
      relayed += pass.relayed();
    }
    return relayed;
  }

  @SuppressWarnings("unchecked")
  private static TransactionOperations<Connection> transactions(ApplicationContext instance) {
    return instance.getBean(TransactionOperations.class);
  }

  private long pendingRows() {
    try (Connection c =
            DriverManager.getConnection(
                INFRA.jdbcUrl(database), INFRA.username(), INFRA.password());
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("select count(*) from outbox_event")) {
      rs.next();
      return rs.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
