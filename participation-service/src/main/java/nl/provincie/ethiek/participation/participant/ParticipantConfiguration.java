package nl.provincie.ethiek.participation.participant;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Duration;

@Factory
class ParticipantConfiguration {

  @Singleton
  ParticipantTokens participantTokens(
      @Value("${platform.participants.token-secret}") String secret,
      @Value("${platform.participants.token-lifetime:365d}") Duration lifetime) {
    return new ParticipantTokens(secret, lifetime);
  }
}
