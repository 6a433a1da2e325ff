package nl.provincie.ethiek.participation.participant;

import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.UUID;
import nl.provincie.ethiek.participation.participant.domain.ConversationPseudonyms;
import nl.provincie.ethiek.participation.participant.domain.InvalidParticipantToken;
import nl.provincie.ethiek.participation.participant.domain.ParticipantId;
import nl.provincie.ethiek.participation.participant.domain.ParticipantTokenRefused;
import nl.provincie.ethiek.participation.participant.domain.ParticipantTokens;

/**
 * Finds the resident behind a request from the {@code Participant-Token} header, as their pseudonym
 * in the conversation the request is about: the token's own id is never stored (docs/adr/0031).
 */
@Singleton
public class ParticipantResolver {

  public static final String HEADER = "Participant-Token";

  private final ParticipantTokens tokens;
  private final ConversationPseudonyms pseudonyms;
  private final Clock clock = Clock.systemUTC();

  ParticipantResolver(ParticipantTokens tokens, ConversationPseudonyms pseudonyms) {
    this.tokens = tokens;
    this.pseudonyms = pseudonyms;
  }

  /**
   * The resident's pseudonym in the conversation.
   *
   * @throws ParticipantTokenRefused (401) when the header is missing or the token malformed, forged
   *     or expired
   */
  public ParticipantId requireIn(HttpRequest<?> request, UUID conversation) {
    return pseudonyms.inConversation(resident(request), conversation);
  }

  private ParticipantId resident(HttpRequest<?> request) {
    String token =
        request.getHeaders().findFirst(HEADER).orElseThrow(ParticipantTokenRefused::missing);
    try {
      return tokens.verify(token, clock.instant());
    } catch (InvalidParticipantToken e) {
      throw ParticipantTokenRefused.invalid(e);
    }
  }
}
