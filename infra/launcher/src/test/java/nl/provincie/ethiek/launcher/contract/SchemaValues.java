package nl.provincie.ethiek.launcher.contract;

import io.swagger.v3.oas.models.media.Schema;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * Values that fit a JSON schema, drawn from jqwik's arbitraries: mostly plausible ones (so calls
 * get past validation into the service), now and then any Unicode text, empty strings and edge
 * numbers. Plain Java values (Map, List, String, Number, Boolean, null) ready for Jackson.
 */
final class SchemaValues {

  private static final int MAX_DEPTH = 6;

  private final IdPool ids;

  SchemaValues(IdPool ids) {
    this.ids = ids;
  }

  Object valid(Schema<?> schema) {
    return valid(schema, 0);
  }

  @SuppressWarnings("unchecked")
  private Object valid(Schema<?> schema, int depth) {
    if (schema == null || depth > MAX_DEPTH) {
      return "x";
    }
    if (schema.getEnum() != null && !schema.getEnum().isEmpty()) {
      return Arbitraries.of((List<Object>) schema.getEnum()).sample();
    }
    String type = type(schema);
    return switch (type) {
      case "object" -> object(schema, depth);
      case "array" -> array(schema, depth);
      case "integer" -> integer(schema);
      case "number" -> Arbitraries.doubles().between(-10, 1000).ofScale(2).sample();
      case "boolean" -> Arbitraries.of(true, false).sample();
      default -> string(schema);
    };
  }

  static String type(Schema<?> schema) {
    if (schema.getType() != null) {
      return schema.getType();
    }
    if (schema.getTypes() != null && !schema.getTypes().isEmpty()) {
      return schema.getTypes().iterator().next();
    }
    if (schema.getProperties() != null) {
      return "object";
    }
    if (schema.getItems() != null) {
      return "array";
    }
    return "string";
  }

  private Map<String, Object> object(Schema<?> schema, int depth) {
    Map<String, Object> object = new LinkedHashMap<>();
    List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
    if (schema.getProperties() != null) {
      schema
          .getProperties()
          .forEach(
              (name, property) -> {
                if (required.contains(name) || Arbitraries.integers().between(0, 9).sample() < 6) {
                  object.put(name, valid(property, depth + 1));
                }
              });
    } else if (schema.getAdditionalProperties() instanceof Schema<?> values) {
      int size = Arbitraries.integers().between(0, 3).sample();
      for (int i = 0; i < size; i++) {
        object.put(word().sample(), valid(values, depth + 1));
      }
    }
    return object;
  }

  private List<Object> array(Schema<?> schema, int depth) {
    int size = Arbitraries.integers().between(0, 3).sample();
    List<Object> items = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      items.add(valid(schema.getItems(), depth + 1));
    }
    return items;
  }

  private Object integer(Schema<?> schema) {
    long min = schema.getMinimum() == null ? -3 : schema.getMinimum().longValue();
    long max = schema.getMaximum() == null ? 120 : schema.getMaximum().longValue();
    return Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(8, Arbitraries.longs().between(min, Math.max(min, max))),
            net.jqwik.api.Tuple.of(1, Arbitraries.of(0L, -1L, (long) Integer.MAX_VALUE)))
        .sample();
  }

  private Object string(Schema<?> schema) {
    String format = schema.getFormat() == null ? "" : schema.getFormat();
    return switch (format) {
      case "uuid" -> ids.any().orElse(UUID.randomUUID().toString());
      case "date" ->
          LocalDate.of(2026, 1, 1)
              .plusDays(Arbitraries.integers().between(-400, 900).sample())
              .toString();
      case "date-time" ->
          "2026-0" + Arbitraries.integers().between(1, 9).sample() + "-15T10:00:00Z";
      case "uri", "url" -> "https://example.org/" + word().sample();
      case "email" -> word().sample() + "@example.org";
      default -> text(schema);
    };
  }

  private static String text(Schema<?> schema) {
    if (schema.getPattern() != null && schema.getPattern().contains("\\d{4}-")) {
      return "2027-0" + Arbitraries.integers().between(1, 9).sample();
    }
    int maxLength = schema.getMaxLength() == null ? 60 : Math.min(schema.getMaxLength(), 60);
    return Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(
                7,
                word()
                    .list()
                    .ofMinSize(1)
                    .ofMaxSize(8)
                    .map(words -> String.join(" ", words))
                    .map(s -> s.length() > maxLength ? s.substring(0, maxLength) : s)),
            // any Unicode but NUL, which is a class of its own (InputClass.NUL_CHARACTER)
            net.jqwik.api.Tuple.of(
                2, Arbitraries.strings().excludeChars('\u0000').ofMaxLength(maxLength)),
            net.jqwik.api.Tuple.of(1, Arbitraries.of("", " ", "<b>vet</b>", "nee")))
        .sample();
  }

  static Arbitrary<String> word() {
    return Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(10);
  }
}
