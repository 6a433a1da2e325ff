package nl.provincie.ethiek.register.entry;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.provincie.ethiek.register.RegisterServerTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The register's events as the outbox writes them onto Kafka (the runtime class, the service's JSON
 * mapper): every field, its name, its order and its value, byte for byte. The case service reads
 * these payloads (docs/adr/0009, 0011, 0047).
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EntryEventJsonTest extends RegisterServerTest {

  private static final UUID EVENT = UUID.fromString("00000000-0000-0000-0000-0000000000e1");
  private static final UUID ENTRY = UUID.fromString("00000000-0000-0000-0000-0000000000a1");
  private static final Instant AT = Instant.parse("2026-12-07T10:15:30Z");

  @Inject JsonMapper json;

  private String written(EntryEvent event) throws IOException {
    @SuppressWarnings("unchecked")
    Argument<Object> type = (Argument<Object>) (Argument<?>) Argument.of(event.getClass());
    return json.writeValueAsString(type, event);
  }

  @Test
  void entry_published_is_written_with_the_fields_of_its_contract() throws IOException {
    var event =
        new EntryPublished(
            EVENT,
            AT,
            new EntrySnapshot(
                ENTRY,
                2,
                "Wegonderhoud",
                "Provincie Utrecht",
                "Voorspelt onderhoud.",
                EntryKind.ALGORITHM,
                "Impactvolle algoritmes",
                "In gebruik",
                List.of("Verkeer", "Ruimte en infrastructuur"),
                "Minimaal risico"),
            "Gepubliceerd",
            List.of("ZAAK-1"),
            true,
            true);

    assertThat(written(event))
        .isEqualTo(
            "{\"eventId\":\"00000000-0000-0000-0000-0000000000e1\","
                + "\"occurredAt\":\"2026-12-07T10:15:30Z\","
                + "\"entryId\":\"00000000-0000-0000-0000-0000000000a1\",\"version\":2,"
                + "\"name\":\"Wegonderhoud\",\"organisation\":\"Provincie Utrecht\","
                + "\"description\":\"Voorspelt onderhoud.\",\"kind\":\"ALGORITHM\","
                + "\"publicationCategory\":\"Impactvolle algoritmes\",\"useStatus\":\"In gebruik\","
                + "\"themes\":[\"Verkeer\",\"Ruimte en infrastructuur\"],"
                + "\"aiActRiskGroup\":\"Minimaal risico\",\"changeNote\":\"Gepubliceerd\","
                + "\"ethicsCaseIds\":[\"ZAAK-1\"],\"personalData\":true,\"residentFacing\":true}");
  }

  @Test
  void entry_changed_is_written_without_nulls_and_empty_lists() throws IOException {
    var event =
        new EntryChanged(
            EVENT,
            AT,
            new EntrySnapshot(
                ENTRY,
                3,
                "Threads",
                "Provincie Utrecht",
                "Sociale-mediakanaal.",
                EntryKind.PLATFORM,
                null,
                "In verkenning",
                List.of(),
                null),
            "Naam aangepast",
            List.of("name", "purpose"));

    assertThat(written(event))
        .isEqualTo(
            "{\"eventId\":\"00000000-0000-0000-0000-0000000000e1\","
                + "\"occurredAt\":\"2026-12-07T10:15:30Z\","
                + "\"entryId\":\"00000000-0000-0000-0000-0000000000a1\",\"version\":3,"
                + "\"name\":\"Threads\",\"organisation\":\"Provincie Utrecht\","
                + "\"description\":\"Sociale-mediakanaal.\",\"kind\":\"PLATFORM\","
                + "\"useStatus\":\"In verkenning\","
                + "\"changeNote\":\"Naam aangepast\",\"changedFields\":[\"name\",\"purpose\"]}");
  }
}
