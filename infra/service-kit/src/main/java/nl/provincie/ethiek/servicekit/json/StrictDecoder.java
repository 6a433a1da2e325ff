package nl.provincie.ethiek.servicekit.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.micronaut.core.type.Argument;
import io.micronaut.serde.Decoder;
import io.micronaut.serde.DelegatingDecoder;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Set;

/**
 * The second pass: binds values without converting between JSON types. Serde's own decoder turns
 * {@code false} into the text "false", "yes" or {@code 1} into a boolean and {@code 5.7} into an
 * int; this one refuses a value whose JSON type is not the field's, naming the field as a JSON
 * pointer. It peeks at the token the Jackson decoder stands on; for a buffered part of the document
 * (no parser) it leaves the checks to serde.
 */
final class StrictDecoder extends DelegatingDecoder {

  private static final Set<JsonToken> TEXT = Set.of(JsonToken.VALUE_STRING);
  private static final Set<JsonToken> BOOLEAN = Set.of(JsonToken.VALUE_TRUE, JsonToken.VALUE_FALSE);
  private static final Set<JsonToken> INTEGER = Set.of(JsonToken.VALUE_NUMBER_INT);
  private static final Set<JsonToken> NUMBER =
      Set.of(JsonToken.VALUE_NUMBER_INT, JsonToken.VALUE_NUMBER_FLOAT);

  private final Decoder delegate;
  private final JsonParser parser;
  private final String at;
  private final boolean array;
  private String key;
  private int index = -1;

  StrictDecoder(Decoder delegate, JsonParser parser, String at, boolean array) {
    this.delegate = delegate;
    this.parser = parser;
    this.at = at;
    this.array = array;
  }

  @Override
  protected Decoder delegate() {
    return delegate;
  }

  @Override
  public Decoder delegateForDecodeValue() {
    return this;
  }

  private String pointer() {
    if (array) {
      return at + "/" + Math.max(index, 0);
    }
    return key == null ? at : at + "/" + key.replace("~", "~0").replace("/", "~1");
  }

  /** One call of the serde decoder. */
  private interface Decode<V> {
    V get() throws IOException;
  }

  /**
   * Decodes with serde, then refuses the value unless its token (the parser stands on it once it is
   * read) is null (when allowed) or one of {@code expected}. Serde reads lazily, so the token can
   * only be judged after the call.
   */
  private <V> V strictly(Decode<V> decode, Set<JsonToken> expected, boolean nullable, String what)
      throws IOException {
    V value;
    try {
      value = decode.get();
    } catch (JsonRefusal refusal) {
      throw refusal;
    } catch (IOException e) {
      // serde's own refusal of this token (say, an object where text belongs)
      throw new JsonRefusal(pointer(), "must be " + what, false);
    }
    if (parser != null) {
      JsonToken token = parser.currentToken();
      if (!(expected.contains(token) || nullable && token == JsonToken.VALUE_NULL)) {
        throw new JsonRefusal(pointer(), "must be " + what, false);
      }
    }
    return value;
  }

  /** As {@link #strictly}, for a whole number that must fit {@code allowed}. */
  private <V> V whole(Decode<V> decode, boolean nullable, JsonParser.NumberType... allowed)
      throws IOException {
    V value;
    try {
      value = strictly(decode, INTEGER, nullable, "a whole number");
    } catch (JsonRefusal refusal) {
      if (parser != null && parser.currentToken() == JsonToken.VALUE_NUMBER_INT) {
        throw new JsonRefusal(pointer(), "is a number out of range", false);
      }
      throw refusal;
    }
    if (parser != null && parser.currentToken() == JsonToken.VALUE_NUMBER_INT) {
      JsonParser.NumberType type = parser.getNumberType();
      if (allowed.length > 0 && !java.util.Arrays.asList(allowed).contains(type)) {
        throw new JsonRefusal(pointer(), "is a number out of range", false);
      }
    }
    return value;
  }

  @Override
  public Decoder decodeObject(Argument<?> type) throws IOException {
    String here = pointer();
    Decoder object =
        strictly(
            () -> delegate.decodeObject(type), Set.of(JsonToken.START_OBJECT), false, "an object");
    return new StrictDecoder(object, parser, here, false);
  }

  @Override
  public Decoder decodeObject() throws IOException {
    return decodeObject(Argument.OBJECT_ARGUMENT);
  }

  @Override
  public Decoder decodeArray(Argument<?> type) throws IOException {
    String here = pointer();
    Decoder list =
        strictly(() -> delegate.decodeArray(type), Set.of(JsonToken.START_ARRAY), false, "a list");
    return new StrictDecoder(list, parser, here, true);
  }

  @Override
  public Decoder decodeArray() throws IOException {
    return decodeArray(Argument.OBJECT_ARGUMENT);
  }

  @Override
  public boolean hasNextArrayValue() throws IOException {
    boolean next = delegate.hasNextArrayValue();
    if (next) {
      index++;
    }
    return next;
  }

  @Override
  public String decodeKey() throws IOException {
    key = delegate.decodeKey();
    return key;
  }

  @Override
  public Decoder decodeBuffer() throws IOException {
    return new StrictDecoder(delegate.decodeBuffer(), null, pointer(), false);
  }

  @Override
  public String decodeString() throws IOException {
    return strictly(delegate::decodeString, TEXT, false, "text");
  }

  @Override
  public String decodeStringNullable() throws IOException {
    return strictly(delegate::decodeStringNullable, TEXT, true, "text");
  }

  @Override
  public char decodeChar() throws IOException {
    return strictly(delegate::decodeChar, TEXT, false, "text");
  }

  @Override
  public Character decodeCharNullable() throws IOException {
    return strictly(delegate::decodeCharNullable, TEXT, true, "text");
  }

  @Override
  public boolean decodeBoolean() throws IOException {
    return strictly(delegate::decodeBoolean, BOOLEAN, false, "true or false");
  }

  @Override
  public Boolean decodeBooleanNullable() throws IOException {
    return strictly(delegate::decodeBooleanNullable, BOOLEAN, true, "true or false");
  }

  @Override
  public float decodeFloat() throws IOException {
    return strictly(delegate::decodeFloat, NUMBER, false, "a number");
  }

  @Override
  public Float decodeFloatNullable() throws IOException {
    return strictly(delegate::decodeFloatNullable, NUMBER, true, "a number");
  }

  @Override
  public double decodeDouble() throws IOException {
    return strictly(delegate::decodeDouble, NUMBER, false, "a number");
  }

  @Override
  public Double decodeDoubleNullable() throws IOException {
    return strictly(delegate::decodeDoubleNullable, NUMBER, true, "a number");
  }

  @Override
  public BigDecimal decodeBigDecimal() throws IOException {
    return strictly(delegate::decodeBigDecimal, NUMBER, false, "a number");
  }

  @Override
  public BigDecimal decodeBigDecimalNullable() throws IOException {
    return strictly(delegate::decodeBigDecimalNullable, NUMBER, true, "a number");
  }

  @Override
  public Number decodeNumber() throws IOException {
    return strictly(delegate::decodeNumber, NUMBER, false, "a number");
  }

  @Override
  public Number decodeNumberNullable() throws IOException {
    return strictly(delegate::decodeNumberNullable, NUMBER, true, "a number");
  }

  @Override
  public byte decodeByte() throws IOException {
    return whole(delegate::decodeByte, false, JsonParser.NumberType.INT);
  }

  @Override
  public Byte decodeByteNullable() throws IOException {
    return whole(delegate::decodeByteNullable, true, JsonParser.NumberType.INT);
  }

  @Override
  public short decodeShort() throws IOException {
    return whole(delegate::decodeShort, false, JsonParser.NumberType.INT);
  }

  @Override
  public Short decodeShortNullable() throws IOException {
    return whole(delegate::decodeShortNullable, true, JsonParser.NumberType.INT);
  }

  @Override
  public int decodeInt() throws IOException {
    return whole(delegate::decodeInt, false, JsonParser.NumberType.INT);
  }

  @Override
  public Integer decodeIntNullable() throws IOException {
    return whole(delegate::decodeIntNullable, true, JsonParser.NumberType.INT);
  }

  @Override
  public long decodeLong() throws IOException {
    return whole(
        delegate::decodeLong, false, JsonParser.NumberType.INT, JsonParser.NumberType.LONG);
  }

  @Override
  public Long decodeLongNullable() throws IOException {
    return whole(
        delegate::decodeLongNullable, true, JsonParser.NumberType.INT, JsonParser.NumberType.LONG);
  }

  @Override
  public BigInteger decodeBigInteger() throws IOException {
    return whole(delegate::decodeBigInteger, false);
  }

  @Override
  public BigInteger decodeBigIntegerNullable() throws IOException {
    return whole(delegate::decodeBigIntegerNullable, true);
  }

  @Override
  public IOException createDeserializationException(String message, Object invalidValue) {
    // without an invalid value serde reports the object itself (a required field is missing)
    return new JsonRefusal(
        invalidValue == null ? at : pointer(), "has a value that cannot be read", false);
  }
}
