package nl.provincie.ethiek.servicekit.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micronaut.configuration.kafka.ConsumerRegistry;
import io.micronaut.context.ApplicationContext;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import nl.provincie.ethiek.testsupport.KafkaTopics;
import nl.provincie.ethiek.testsupport.RealInfrastructure;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

/**
 * An instance killed with SIGKILL never leaves its consumer group: its partitions wait until its
 * session times out. Every @KafkaListener gets a 10 s session timeout (Kafka's default is 45 s), so
 * the surviving member takes them over within about that (docs/adr/0041).
 */
class KilledMemberHandoverTest {

  static final String GROUP = "handover-test";
  static final String TOPIC = "handover.test.v1";
  private static final int PARTITIONS = 4;
  private static final Duration BOUND = Duration.ofSeconds(20);

  @Test
  void partitions_of_a_killed_member_are_consumed_again_within_the_session_timeout()
      throws Exception {
    RealInfrastructure infra = RealInfrastructure.shared();
    try (Admin admin =
        Admin.create(
            Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, infra.bootstrapServers()))) {
      admin.createTopics(List.of(new NewTopic(TOPIC, PARTITIONS, (short) 1))).all().get();
    }
    String database = infra.newDatabase("handover");
    Process other = startOtherMember(infra, database);
    AtomicInteger otherHolds = new AtomicInteger();
    follow(other, otherHolds);
    await().atMost(Duration.ofSeconds(90)).until(() -> otherHolds.get() == PARTITIONS);

    Map<String, Object> properties = new HashMap<>(infra.micronautProperties(database));
    properties.put("handover-test.enabled", "true");
    properties.put("platform.outbox.relay.enabled", "false");
    try (ApplicationContext context = ApplicationContext.run(properties)) {
      ConsumerRegistry registry = context.getBean(ConsumerRegistry.class);
      await()
          .atMost(Duration.ofSeconds(90))
          .until(() -> held(registry) > 0 && otherHolds.get() > 0);

      long killed = System.nanoTime();
      other.destroyForcibly().waitFor(); // SIGKILL: no LeaveGroup
      Thread feeder = feed(infra.bootstrapServers());
      try {
        await()
            .atMost(BOUND.plusSeconds(30))
            .pollInterval(Duration.ofMillis(100))
            .until(() -> allArrivedAfter(killed));
      } finally {
        feeder.interrupt();
      }
      Duration handover = Duration.ofNanos(System.nanoTime() - killed);
      System.out.printf(
          "killed member's partitions consumed again after %d ms%n", handover.toMillis());
      assertThat(handover).isLessThan(BOUND);
      // the survivor holds all partitions once the group settles; a rebalance still finishing
      // when the last record arrives leaves it none for a moment
      await()
          .atMost(Duration.ofSeconds(30))
          .untilAsserted(() -> assertThat(held(registry)).isEqualTo(PARTITIONS));
    } finally {
      other.destroyForcibly();
    }
  }

  private static boolean allArrivedAfter(long killed) {
    for (int p = 0; p < PARTITIONS; p++) {
      Long last = HandoverListener.LAST_ARRIVAL.get(p);
      if (last == null || last < killed) {
        return false;
      }
    }
    return true;
  }

  private static int held(ConsumerRegistry registry) {
    int held = 0;
    for (String id : registry.getConsumerIds()) {
      try {
        held += registry.getConsumerAssignment(id).size();
      } catch (IllegalArgumentException none) {
        // not assigned
      }
    }
    return held;
  }

  private static Thread feed(String bootstrapServers) {
    Thread feeder =
        new Thread(
            () -> {
              while (!Thread.currentThread().isInterrupted()) {
                List<ProducerRecord<String, String>> records = new ArrayList<>();
                for (int p = 0; p < PARTITIONS; p++) {
                  records.add(new ProducerRecord<>(TOPIC, p, "k", "v"));
                }
                try {
                  KafkaTopics.send(bootstrapServers, records);
                } catch (RuntimeException e) {
                  if (Thread.currentThread().isInterrupted()
                      || e.getCause() instanceof InterruptedException) {
                    return; // stopped while sending: Awaitility would report it as the test's error
                  }
                  throw e;
                }
                try {
                  Thread.sleep(250);
                } catch (InterruptedException e) {
                  return;
                }
              }
            },
            "handover-feeder");
    feeder.setDaemon(true);
    feeder.start();
    return feeder;
  }

  private static Process startOtherMember(RealInfrastructure infra, String database)
      throws Exception {
    return new ProcessBuilder(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Xmx256m",
            "-cp",
            System.getProperty("java.class.path"),
            HandoverMember.class.getName(),
            infra.jdbcUrl(database),
            infra.username(),
            infra.password(),
            infra.bootstrapServers())
        .redirectErrorStream(true)
        .start();
  }

  private static void follow(Process other, AtomicInteger holds) {
    Thread reader =
        new Thread(
            () -> {
              try (BufferedReader lines =
                  new BufferedReader(
                      new InputStreamReader(other.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = lines.readLine()) != null) {
                  if (line.startsWith("HOLDS ")) {
                    holds.set(Integer.parseInt(line.substring(6).trim()));
                  }
                }
              } catch (Exception e) {
                // the member was killed
              }
            },
            "handover-member-output");
    reader.setDaemon(true);
    reader.start();
  }
}
