package nl.provincie.ethiek.participation.participant;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.exceptions.ConfigurationException;
import java.time.Duration;
import nl.provincie.ethiek.participation.participant.domain.ConversationPseudonyms;
import nl.provincie.ethiek.participation.participant.domain.ParticipantTokens;

@Factory
class ParticipantConfiguration {

  // Built at start-up so a missing or public key stops the service before it serves anyone.
  @Context
  ParticipantTokens participantTokens(
      @Value("${platform.participants.token-secret:}") String secret,
      @Value("${platform.participants.token-lifetime:365d}") Duration lifetime) {
    if (secret == null || secret.isBlank()) {
      throw new ConfigurationException(
          "PARTICIPANT_TOKEN_SECRET is not set: residents' tokens need a random key of 32 or more"
              + " characters (./platform generates one per data directory)");
    }
    try {
      return new ParticipantTokens(secret, lifetime);
    } catch (IllegalArgumentException e) {
      throw new ConfigurationException("PARTICIPANT_TOKEN_SECRET refused: " + e.getMessage());
    }
  }

  /** Pseudonyms per conversation, keyed by a key derived from the same secret (docs/adr/0031). */
  @Context
  ConversationPseudonyms conversationPseudonyms(
      ParticipantTokens tokens, @Value("${platform.participants.token-secret:}") String secret) {
    return new ConversationPseudonyms(secret);
  }
}
