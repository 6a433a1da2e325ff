package nl.provincie.ethiek.register.auditheads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import nl.provincie.ethiek.servicekit.events.EventTopics;
import nl.provincie.ethiek.testsupport.ApiClient;
import nl.provincie.ethiek.testsupport.KafkaTopics;
import nl.provincie.ethiek.testsupport.RealInfrastructure;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The register as the second owner of the case service's audit chain heads (docs/adr/0043): heads
 * arriving on Kafka appear in the open-data export as sent, and verify there with the case
 * service's public key alone. The heads are signed here exactly as the case service signs them (the
 * contract of the ADR), with a key made for the test.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CaseAuditHeadsTest implements TestPropertyProvider {

  private static final RealInfrastructure INFRA = RealInfrastructure.shared();
  private static final String FORMAT = "tag:ethiek.provincie.nl,2026:audit-chain-head/v1";

  @Inject EmbeddedServer server;
  @Inject JsonMapper json;

  @Override
  public Map<String, String> getProperties() {
    return INFRA.micronautProperties(INFRA.newDatabase("register"));
  }

  @Test
  void heads_from_kafka_are_in_the_open_data_export_and_verify_with_the_public_key()
      throws Exception {
    KeyPair key = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    // sequences far from any other test's, since the topic is shared by the test run
    long first = 1_000_000 + (System.nanoTime() % 1_000_000) * 10;
    Instant at = Instant.parse("2026-12-06T21:00:00Z");
    String one = head(key, first, "1".repeat(64), at);
    String two = head(key, first + 5, "2".repeat(64), at.plusSeconds(900));
    String conflicting = head(key, first + 5, "3".repeat(64), at.plusSeconds(901));
    KafkaTopics.send(
        INFRA.bootstrapServers(),
        List.of(
            record(one),
            record("{\"sequence\":\"not a head\""),
            record(two),
            record(one),
            record(conflicting)));

    ApiClient anonymous = ApiClient.anonymous(server.getURL().toString());
    await().atMost(Duration.ofSeconds(30)).until(() -> items(anonymous).size() == 2);
    // the conflicting head for the same sequence came last and is the one left out
    Thread.sleep(1000);
    List<JsonNode> items = items(anonymous);
    assertThat(items)
        .extracting(i -> i.get("sequence").getLongValue())
        .containsExactly(first, first + 5);
    assertThat(items)
        .extracting(i -> i.get("hash").getStringValue())
        .containsExactly("1".repeat(64), "2".repeat(64));
    for (JsonNode item : items) {
      assertThat(verifies(key.getPublic(), item)).isTrue();
      assertThat(item.get("algorithm").getStringValue()).isEqualTo("Ed25519");
    }
    JsonNode export =
        json.readValue(
            anonymous.get("/api/v1/export/case-audit-heads.json").body(), JsonNode.class);
    assertThat(export.get("licence").getStringValue()).isEqualTo("CC0-1.0");
    assertThat(export.get("total").getIntValue()).isEqualTo(2);
  }

  private List<JsonNode> items(ApiClient anonymous) throws Exception {
    var response = anonymous.get("/api/v1/export/case-audit-heads.json");
    assertThat(response.statusCode()).isEqualTo(200);
    List<JsonNode> items = new ArrayList<>();
    // an empty list is left out of the JSON: no head has arrived yet
    JsonNode received = json.readValue(response.body(), JsonNode.class).get("items");
    if (received != null) {
      received.values().forEach(items::add);
    }
    return items;
  }

  private static ProducerRecord<String, String> record(String value) {
    return new ProducerRecord<>(EventTopics.CASE_AUDIT_CHAIN_HEAD_PUBLISHED, "audit-chain", value);
  }

  private static byte[] signed(long sequence, String hash, Instant at) {
    return (FORMAT + "\n" + sequence + "\n" + hash + "\n" + at + "\n")
        .getBytes(StandardCharsets.UTF_8);
  }

  private static String head(KeyPair key, long sequence, String hash, Instant at) throws Exception {
    Signature signer = Signature.getInstance("Ed25519");
    signer.initSign(key.getPrivate());
    signer.update(signed(sequence, hash, at));
    return """
        {"eventId":"%s","occurredAt":"%s","sequence":%d,"hash":"%s","publishedAt":"%s",
         "algorithm":"Ed25519","keyId":"test","signature":"%s"}
        """
        .formatted(
            java.util.UUID.randomUUID(),
            at,
            sequence,
            hash,
            at,
            Base64.getEncoder().encodeToString(signer.sign()));
  }

  private static boolean verifies(PublicKey key, JsonNode item) throws Exception {
    Signature check = Signature.getInstance("Ed25519");
    check.initVerify(key);
    check.update(
        signed(
            item.get("sequence").getLongValue(),
            item.get("hash").getStringValue(),
            Instant.parse(item.get("publishedAt").getStringValue())));
    return check.verify(Base64.getDecoder().decode(item.get("signature").getStringValue()));
  }
}
