package nl.provincie.ethiek.participation.participant.domain;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A resident's pseudonym in one conversation: a keyed hash (HMAC-SHA256) of their participant id
 * and the conversation id, as a UUID. The same token gives the same pseudonym in a conversation,
 * another one in every other conversation, so stored votes and statements, events and exports
 * cannot be linked across conversations without the key (docs/adr/0031). The key is derived from
 * the participant token secret, labelled so that it never equals the token-signing key.
 */
public final class ConversationPseudonyms {

  private static final byte[] LABEL =
      "ethiek participant pseudonym per conversation v1".getBytes(StandardCharsets.UTF_8);

  private final SecretKeySpec key;

  /**
   * @param secret the participant token secret (32 characters or more)
   */
  public ConversationPseudonyms(String secret) {
    if (secret == null || secret.length() < 32) {
      throw new IllegalArgumentException("the pseudonym secret needs 32 characters or more");
    }
    byte[] derived =
        hmac(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"), LABEL);
    this.key = new SecretKeySpec(derived, "HmacSHA256");
  }

  /** The resident's pseudonym in the conversation. */
  public ParticipantId inConversation(ParticipantId resident, UUID conversation) {
    ByteBuffer input = ByteBuffer.allocate(32);
    input.putLong(resident.value().getMostSignificantBits());
    input.putLong(resident.value().getLeastSignificantBits());
    input.putLong(conversation.getMostSignificantBits());
    input.putLong(conversation.getLeastSignificantBits());
    ByteBuffer hash = ByteBuffer.wrap(hmac(key, input.array()));
    long high = hash.getLong();
    long low = hash.getLong();
    // RFC 9562 version 8 (custom) and the RFC variant, so it reads as a well-formed UUID
    high = (high & ~0xF000L) | 0x8000L;
    low = (low & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
    return new ParticipantId(new UUID(high, low));
  }

  private static byte[] hmac(SecretKeySpec key, byte[] input) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      return mac.doFinal(input);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 unavailable", e);
    }
  }
}
