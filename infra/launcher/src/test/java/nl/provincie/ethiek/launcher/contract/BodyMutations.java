package nl.provincie.ethiek.launcher.contract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;

/** Turns a body that fits the schema into one of the bad inputs of {@link InputClass}. */
final class BodyMutations {

  private BodyMutations() {}

  @SuppressWarnings("unchecked")
  static Object mutate(Object valid, InputClass input, List<String> required) {
    if (!(valid instanceof Map<?, ?> map) || map.isEmpty()) {
      return switch (input) {
        case WRONG_TYPE -> Arbitraries.of("text", 12, true, List.of()).sample();
        case NULL_ELEMENT -> nullList();
        default -> valid;
      };
    }
    Map<String, Object> object = (Map<String, Object>) map;
    List<String> keys = new ArrayList<>(object.keySet());
    String key = Arbitraries.of(keys).sample();
    switch (input) {
      case MISSING_REQUIRED -> {
        List<String> present = required.stream().filter(object::containsKey).toList();
        object.remove(present.isEmpty() ? key : Arbitraries.of(present).sample());
      }
      case WRONG_TYPE -> object.put(key, otherType(object.get(key)));
      case NULL_ELEMENT -> {
        Optional<String> list = keys.stream().filter(k -> object.get(k) instanceof List).findAny();
        if (list.isPresent()) {
          List<Object> elements = new ArrayList<>((List<Object>) object.get(list.get()));
          elements.add(Arbitraries.integers().between(0, elements.size()).sample(), null);
          object.put(list.get(), elements);
        } else {
          object.put(key, null);
        }
      }
      case NUL_CHARACTER -> {
        Optional<String> text =
            keys.stream().filter(k -> object.get(k) instanceof String).findAny();
        object.put(text.orElse(key), "vóór\u0000na");
      }
      default -> {}
    }
    return object;
  }

  private static Object otherType(Object value) {
    if (value instanceof String) {
      return Arbitraries.of(false, 42, List.of("a"), Map.of("a", 1)).sample();
    }
    if (value instanceof Number) {
      return Arbitraries.of("12", true, List.of(1)).sample();
    }
    if (value instanceof Boolean) {
      return Arbitraries.of("yes", 1, "false").sample();
    }
    if (value instanceof List) {
      return Arbitraries.of("x", Map.of(), 3).sample();
    }
    return Arbitraries.of("x", List.of(), 7, false).sample();
  }

  private static List<Object> nullList() {
    List<Object> list = new ArrayList<>();
    list.add(null);
    return list;
  }
}
