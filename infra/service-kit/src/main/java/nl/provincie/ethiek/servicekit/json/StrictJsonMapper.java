package nl.provincie.ethiek.servicekit.json;

import com.fasterxml.jackson.core.JsonParser;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.io.buffer.ByteBuffer;
import io.micronaut.core.type.Argument;
import io.micronaut.jackson.core.tree.JsonNodeTreeCodec;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.JsonStreamConfig;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.serde.Deserializer;
import io.micronaut.serde.LimitingStream;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.serde.SerdeRegistry;
import io.micronaut.serde.config.DeserializationConfiguration;
import io.micronaut.serde.config.SerdeConfiguration;
import io.micronaut.serde.config.SerializationConfiguration;
import io.micronaut.serde.jackson.JacksonDecoder;
import io.micronaut.serde.jackson.JacksonJsonMapper;
import io.micronaut.serde.jackson.JacksonObjectMapper;
import io.micronaut.serde.jackson.SerdeJacksonConfiguration;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import org.reactivestreams.Processor;

/**
 * The one JSON mapper of every service, strict on reading (docs/adr/0037): a body is first scanned
 * as a whole ({@link JsonScan}), then bound without type conversion ({@link StrictDecoder}). Every
 * refusal is a {@link JsonRefusal}, which the problem handling answers with 400 problem+json and
 * the field's pointer. Writing is serde's, unchanged.
 */
@Singleton
@Replaces(JacksonJsonMapper.class)
public final class StrictJsonMapper implements JacksonObjectMapper {

  private final JacksonJsonMapper serde;
  private final SerdeRegistry registry;
  private final SerdeConfiguration configuration;

  public StrictJsonMapper(
      SerdeRegistry registry,
      SerdeConfiguration configuration,
      SerdeJacksonConfiguration jacksonConfiguration) {
    this.serde = new JacksonJsonMapper(registry, configuration, jacksonConfiguration);
    this.registry = registry;
    this.configuration = configuration;
  }

  private <T> T read(byte[] json, Argument<T> type) throws IOException {
    JsonScan.check(JsonScan.FACTORY.createParser(json));
    try (JsonParser parser = JsonScan.FACTORY.createParser(json)) {
      return bind(parser, type);
    }
  }

  private <T> T bind(JsonParser parser, Argument<T> type) throws IOException {
    parser.nextToken();
    Deserializer.DecoderContext context = registry.newDecoderContext(null);
    Deserializer<? extends T> deserializer =
        context.findDeserializer(type).createSpecific(context, type);
    StrictDecoder decoder =
        new StrictDecoder(
            JacksonDecoder.create(parser, LimitingStream.limitsFromConfiguration(configuration)),
            parser,
            "",
            false);
    return deserializer.deserializeNullable(decoder, context, type);
  }

  @Override
  public <T> T readValue(byte[] byteArray, Argument<T> type) throws IOException {
    return read(byteArray, type);
  }

  @Override
  public <T> T readValue(InputStream inputStream, Argument<T> type) throws IOException {
    return read(inputStream.readAllBytes(), type);
  }

  @Override
  public <T> T readValue(ByteBuffer<?> byteBuffer, Argument<T> type) throws IOException {
    return read(byteBuffer.toByteArray(), type);
  }

  @Override
  public <T> T readValue(String string, Argument<T> type) throws IOException {
    return read(string.getBytes(StandardCharsets.UTF_8), type);
  }

  @Override
  public <T> T readValueFromTree(JsonNode tree, Argument<T> type) throws IOException {
    try (JsonParser parser = JsonNodeTreeCodec.getInstance().treeAsTokens(tree)) {
      return bind(parser, type);
    }
  }

  @Override
  public JsonMapper createSpecific(Argument<?> type) {
    return this;
  }

  @Override
  public SerdeRegistry getSerdeRegistry() {
    return registry;
  }

  @Override
  public JacksonObjectMapper cloneWithConfiguration(SerdeJacksonConfiguration jackson) {
    return serde.cloneWithConfiguration(jackson);
  }

  @Override
  public ObjectMapper cloneWithConfiguration(
      SerdeConfiguration serdeConfiguration,
      SerializationConfiguration serializationConfiguration,
      DeserializationConfiguration deserializationConfiguration) {
    return serde.cloneWithConfiguration(
        serdeConfiguration, serializationConfiguration, deserializationConfiguration);
  }

  @Override
  public JsonMapper cloneWithViewClass(Class<?> viewClass) {
    return serde.cloneWithViewClass(viewClass);
  }

  @Override
  public JsonNode writeValueToTree(Object value) throws IOException {
    return serde.writeValueToTree(value);
  }

  @Override
  public <T> JsonNode writeValueToTree(Argument<T> type, T value) throws IOException {
    return serde.writeValueToTree(type, value);
  }

  @Override
  public void writeValue(OutputStream outputStream, Object object) throws IOException {
    serde.writeValue(outputStream, object);
  }

  @Override
  public <T> void writeValue(OutputStream outputStream, Argument<T> type, T object)
      throws IOException {
    serde.writeValue(outputStream, type, object);
  }

  @Override
  public byte[] writeValueAsBytes(Object object) throws IOException {
    return serde.writeValueAsBytes(object);
  }

  @Override
  public <T> byte[] writeValueAsBytes(Argument<T> type, T object) throws IOException {
    return serde.writeValueAsBytes(type, object);
  }

  @Override
  public void updateValueFromTree(Object value, JsonNode tree) throws IOException {
    serde.updateValueFromTree(value, tree);
  }

  @Override
  public JsonStreamConfig getStreamConfig() {
    return serde.getStreamConfig();
  }

  @Override
  public Processor<byte[], JsonNode> createReactiveParser(
      Consumer<Processor<byte[], JsonNode>> onSubscribe, boolean streamArray) {
    return serde.createReactiveParser(onSubscribe, streamArray);
  }
}
