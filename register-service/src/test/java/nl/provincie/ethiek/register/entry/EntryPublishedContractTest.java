package nl.provincie.ethiek.register.entry;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.provincie.ethiek.register.RegisterServerTest;
import nl.provincie.ethiek.servicekit.events.EventTopics;
import nl.provincie.ethiek.testsupport.KafkaTopics;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** What register.entry-published.v1 tells the case service's triage (docs/adr/0047). */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EntryPublishedContractTest extends RegisterServerTest {

  private static final Pattern ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");

  private String publish(String path, String body) {
    var created = editor.post(path, body);
    assertThat(created.statusCode()).isEqualTo(201);
    Matcher id = ID.matcher(created.body());
    assertThat(id.find()).isTrue();
    assertThat(editor.post(path + "/" + id.group(1) + "/publish", "").statusCode()).isEqualTo(200);
    return id.group(1);
  }

  private String publishedEvent(String id) {
    List<ConsumerRecord<String, String>> events =
        KafkaTopics.readMatching(
            INFRA.bootstrapServers(),
            EventTopics.REGISTER_ENTRY_PUBLISHED,
            record -> id.equals(record.key()),
            1,
            Duration.ofSeconds(20));
    assertThat(events).hasSize(1);
    return events.get(0).value();
  }

  @Test
  void an_impactful_algorithm_with_a_dpia_is_sent_as_personal_data_and_resident_facing() {
    String id =
        publish("/api/v1/algorithms", TestBodies.impactful("Verkeersveiligheidsmodel", "Eerste"));

    assertThat(publishedEvent(id))
        .contains("\"personalData\":true")
        .contains("\"residentFacing\":true")
        .doesNotContain("\"topic\"");
  }

  @Test
  void another_algorithm_without_a_dpia_is_sent_as_neither() {
    String id = publish("/api/v1/algorithms", TestBodies.algorithm("Wegonderhoudsplanner"));

    assertThat(publishedEvent(id))
        .contains("\"personalData\":false")
        .contains("\"residentFacing\":false")
        .contains("\"name\":\"Wegonderhoudsplanner\"");
  }

  @Test
  void a_platform_is_sent_as_resident_facing() {
    String id = publish("/api/v1/platforms", TestBodies.platform("Threads", "In verkenning"));

    assertThat(publishedEvent(id)).contains("\"residentFacing\":true");
  }
}
