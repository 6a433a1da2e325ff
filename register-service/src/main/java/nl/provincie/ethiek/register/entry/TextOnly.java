package nl.provincie.ethiek.register.entry;

import io.micronaut.core.type.Argument;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.serde.Decoder;
import io.micronaut.serde.Deserializer;
import jakarta.inject.Singleton;
import java.io.IOException;

/**
 * Reads a JSON string as text and refuses any other JSON type: {@code {"changeNote":false}} is a
 * client's mistake (400), not the note "false". null stays null.
 */
@Singleton
class TextOnly implements Deserializer<String> {

  @Override
  public String deserialize(Decoder decoder, DecoderContext context, Argument<? super String> type)
      throws IOException {
    JsonNode node = decoder.decodeNode();
    if (node.isNull()) {
      return null;
    }
    if (!node.isString()) {
      throw decoder.createDeserializationException(
          "must be text, not " + (node.isBoolean() ? "a boolean" : "a number or structure"), node);
    }
    return node.getStringValue();
  }

  @Override
  public String deserializeNullable(
      Decoder decoder, DecoderContext context, Argument<? super String> type) throws IOException {
    return decoder.decodeNull() ? null : deserialize(decoder, context, type);
  }
}
