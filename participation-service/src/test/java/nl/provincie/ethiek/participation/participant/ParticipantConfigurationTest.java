package nl.provincie.ethiek.participation.participant;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.context.exceptions.ConfigurationException;
import java.time.Duration;
import nl.provincie.ethiek.participation.participant.domain.ParticipantTokens;
import org.junit.jupiter.api.Test;

class ParticipantConfigurationTest {

  private final ParticipantConfiguration configuration = new ParticipantConfiguration();

  @Test
  void the_service_does_not_start_without_a_key_of_its_own() {
    assertThatThrownBy(() -> configuration.participantTokens("", Duration.ofDays(365)))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("PARTICIPANT_TOKEN_SECRET is not set");
    assertThatThrownBy(
            () ->
                configuration.participantTokens(
                    ParticipantTokens.PUBLIC_DEFAULT_SECRET, Duration.ofDays(365)))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("public default");
  }
}
