package nl.provincie.ethiek.participation.participant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ParticipantTokensTest {

  private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
  private final ParticipantTokens tokens =
      new ParticipantTokens("a-test-secret-that-is-long-enough-1234", Duration.ofDays(30));

  @Test
  void a_token_identifies_the_participant_it_was_issued_to() {
    ParticipantId participant = ParticipantId.random();

    String token = tokens.issue(participant, NOW);

    assertThat(tokens.verify(token, NOW.plusSeconds(60))).isEqualTo(participant);
  }

  @Test
  void an_expired_token_is_refused() {
    String token = tokens.issue(ParticipantId.random(), NOW);

    assertThatThrownBy(() -> tokens.verify(token, NOW.plus(Duration.ofDays(31))))
        .isInstanceOf(InvalidParticipantToken.class)
        .hasMessageContaining("expired");
  }

  @Test
  void a_token_signed_with_another_secret_or_altered_is_refused() {
    ParticipantTokens elsewhere =
        new ParticipantTokens("another-secret-that-is-long-enough-5678", Duration.ofDays(30));
    String foreign = elsewhere.issue(ParticipantId.random(), NOW);
    String mine = tokens.issue(ParticipantId.random(), NOW);
    String[] parts = mine.split("\\.");
    String altered =
        parts[0] + "." + tokens.issue(ParticipantId.random(), NOW).split("\\.")[1] + "." + parts[2];

    assertThatThrownBy(() -> tokens.verify(foreign, NOW)).hasMessageContaining("not issued");
    assertThatThrownBy(() -> tokens.verify(altered, NOW)).hasMessageContaining("not issued");
    assertThatThrownBy(() -> tokens.verify("garbage", NOW)).hasMessageContaining("malformed");
    assertThatThrownBy(() -> tokens.verify("p1.!!.??", NOW)).hasMessageContaining("malformed");
  }

  @Test
  void a_short_secret_is_refused_at_start_up() {
    assertThatThrownBy(() -> new ParticipantTokens("short", Duration.ofDays(1)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
