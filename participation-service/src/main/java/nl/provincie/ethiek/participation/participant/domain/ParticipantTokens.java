package nl.provincie.ethiek.participation.participant.domain;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Issues and checks participant tokens: {@code p1.<id and issue time>.<HMAC-SHA256>}, base64url.
 * The token is the resident's only credential; it holds a random id and a time, nothing personal.
 */
public final class ParticipantTokens {

  private static final String PREFIX = "p1";
  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

  /** Clocks of several instances may differ a little; a token from further ahead is forged. */
  static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

  /** The key this project once shipped as its default; it is public and never signs a token. */
  public static final String PUBLIC_DEFAULT_SECRET =
      "local-development-secret-change-me-0123456789";

  private final SecretKeySpec key;
  private final Duration lifetime;

  public ParticipantTokens(String secret, Duration lifetime) {
    if (secret == null || secret.length() < 32) {
      throw new IllegalArgumentException(
          "the participant token secret needs 32 characters or more");
    }
    if (PUBLIC_DEFAULT_SECRET.equals(secret)) {
      throw new IllegalArgumentException(
          "the participant token secret is the public default; set a random one of your own");
    }
    this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    this.lifetime = lifetime;
  }

  public String issue(ParticipantId participant, Instant now) {
    ByteBuffer body = ByteBuffer.allocate(24);
    body.putLong(participant.value().getMostSignificantBits());
    body.putLong(participant.value().getLeastSignificantBits());
    body.putLong(now.getEpochSecond());
    String payload = PREFIX + "." + ENCODER.encodeToString(body.array());
    return payload + "." + ENCODER.encodeToString(sign(payload));
  }

  /**
   * @throws InvalidParticipantToken when the token is malformed, not signed by us, expired, or
   *     issued in the future
   */
  public ParticipantId verify(String token, Instant now) {
    String[] parts = token == null ? new String[0] : token.split("\\.");
    if (parts.length != 3 || !PREFIX.equals(parts[0])) {
      throw new InvalidParticipantToken("malformed participant token");
    }
    byte[] body;
    try {
      body = DECODER.decode(parts[1]);
    } catch (IllegalArgumentException e) {
      throw new InvalidParticipantToken("malformed participant token");
    }
    // The signature is compared as the one spelling this service writes, not as decoded bytes:
    // base64 ignores the unused low bits of the last character, so several spellings decode alike.
    byte[] expected = ENCODER.encode(sign(parts[0] + "." + parts[1]));
    byte[] given = parts[2].getBytes(StandardCharsets.ISO_8859_1);
    if (body.length != 24 || !MessageDigest.isEqual(given, expected)) {
      throw new InvalidParticipantToken("participant token not issued by this service");
    }
    ByteBuffer buffer = ByteBuffer.wrap(body);
    UUID id = new UUID(buffer.getLong(), buffer.getLong());
    long issuedSecond = buffer.getLong();
    if (issuedSecond > now.plus(CLOCK_SKEW).getEpochSecond()) {
      throw new InvalidParticipantToken("participant token issued in the future");
    }
    if (issuedSecond < now.minus(lifetime).getEpochSecond()) {
      throw new InvalidParticipantToken("participant token expired");
    }
    return new ParticipantId(id);
  }

  private byte[] sign(String payload) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      return mac.doFinal(payload.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 unavailable", e);
    }
  }
}
