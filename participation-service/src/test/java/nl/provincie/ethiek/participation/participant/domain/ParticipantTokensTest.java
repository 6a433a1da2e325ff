package nl.provincie.ethiek.participation.participant.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class ParticipantTokensTest {

  private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
  private static final String SECRET = "a-test-secret-that-is-long-enough-1234";
  private final ParticipantTokens tokens = new ParticipantTokens(SECRET, Duration.ofDays(30));

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
  void only_the_issued_spelling_of_a_signature_is_accepted_not_another_that_decodes_alike() {
    String token = tokens.issue(ParticipantId.random(), NOW);
    String[] parts = token.split("\\.");
    byte[] signature = Base64.getUrlDecoder().decode(parts[2]);
    String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    String head = parts[2].substring(0, parts[2].length() - 1);
    int aliases = 0;
    for (char last : alphabet.toCharArray()) {
      String spelling = head + last;
      if (spelling.equals(parts[2])
          || !java.util.Arrays.equals(Base64.getUrlDecoder().decode(spelling), signature)) {
        continue;
      }
      aliases++;
      String alias = parts[0] + "." + parts[1] + "." + spelling;
      assertThatThrownBy(() -> tokens.verify(alias, NOW)).hasMessageContaining("not issued");
    }
    // 32 bytes in 43 characters leave two bits unused: three other spellings decode alike
    assertThat(aliases).isEqualTo(3);
    String padded = token + "=";
    assertThatThrownBy(() -> tokens.verify(padded, NOW))
        .isInstanceOf(InvalidParticipantToken.class);
    assertThat(tokens.verify(token, NOW)).isNotNull();
  }

  @Test
  void a_short_secret_is_refused_at_start_up() {
    assertThatThrownBy(() -> new ParticipantTokens("short", Duration.ofDays(1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void a_token_issued_in_the_future_is_refused_beyond_the_clock_skew() {
    String slightlyAhead = tokens.issue(ParticipantId.random(), NOW.plus(Duration.ofMinutes(2)));
    String twentyYearsAhead =
        tokens.issue(ParticipantId.random(), NOW.plus(Duration.ofDays(20 * 365)));

    assertThat(tokens.verify(slightlyAhead, NOW)).isNotNull();
    assertThatThrownBy(() -> tokens.verify(twentyYearsAhead, NOW))
        .isInstanceOf(InvalidParticipantToken.class)
        .hasMessageContaining("future");
  }

  @Test
  void a_signed_token_with_absurd_times_is_refused_not_a_crash() {
    String farFuture = signedWithIssueSecond(1L << 62);
    String farPast = signedWithIssueSecond(Long.MIN_VALUE);

    assertThatThrownBy(() -> tokens.verify(farFuture, NOW))
        .isInstanceOf(InvalidParticipantToken.class);
    assertThatThrownBy(() -> tokens.verify(farPast, NOW))
        .isInstanceOf(InvalidParticipantToken.class);
  }

  @Test
  void the_once_public_default_secret_is_refused_at_start_up() {
    assertThatThrownBy(
            () ->
                new ParticipantTokens(ParticipantTokens.PUBLIC_DEFAULT_SECRET, Duration.ofDays(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("public default");
  }

  /** Signs a token body by hand, as someone holding the key could. */
  private static String signedWithIssueSecond(long issuedSecond) {
    try {
      ByteBuffer body = ByteBuffer.allocate(24).putLong(1).putLong(2).putLong(issuedSecond);
      Base64.Encoder encoder = Base64.getUrlEncoder().withoutPadding();
      String payload = "p1." + encoder.encodeToString(body.array());
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return payload
          + "."
          + encoder.encodeToString(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
