package nl.provincie.ethiek.launcher;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** A participant token made by someone who knows (or guesses) a key, as an attacker would. */
final class ForgedToken {

  private ForgedToken() {}

  static String signedWith(String secret, UUID participant, long issuedEpochSecond) {
    ByteBuffer body =
        ByteBuffer.allocate(24)
            .putLong(participant.getMostSignificantBits())
            .putLong(participant.getLeastSignificantBits())
            .putLong(issuedEpochSecond);
    Base64.Encoder encoder = Base64.getUrlEncoder().withoutPadding();
    String payload = "p1." + encoder.encodeToString(body.array());
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return payload
          + "."
          + encoder.encodeToString(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
