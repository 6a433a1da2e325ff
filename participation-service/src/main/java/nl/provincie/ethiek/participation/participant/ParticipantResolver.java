package nl.provincie.ethiek.participation.participant;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import java.time.Clock;
import nl.provincie.ethiek.servicekit.problem.ProblemException;
import nl.provincie.ethiek.servicekit.problem.ProblemType;

/** Finds the resident behind a request from the {@code Participant-Token} header. */
@Singleton
public class ParticipantResolver {

  public static final String HEADER = "Participant-Token";
  static final String INVALID_TOKEN = ProblemType.BASE + "participant-token-invalid";

  private final ParticipantTokens tokens;
  private final Clock clock = Clock.systemUTC();

  ParticipantResolver(ParticipantTokens tokens) {
    this.tokens = tokens;
  }

  /**
   * @throws ProblemException 401 when the header is missing or the token malformed, forged or
   *     expired
   */
  public ParticipantId require(HttpRequest<?> request) {
    String token =
        request
            .getHeaders()
            .findFirst(HEADER)
            .orElseThrow(
                () ->
                    new ProblemException(
                        INVALID_TOKEN,
                        HttpStatus.UNAUTHORIZED,
                        "A participant token is needed: POST /api/v1/participants issues one."));
    try {
      return tokens.verify(token, clock.instant());
    } catch (InvalidParticipantToken e) {
      throw new ProblemException(INVALID_TOKEN, HttpStatus.UNAUTHORIZED, e.getMessage() + ".");
    }
  }
}
