package nl.provincie.ethiek.launcher.contract;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;

/**
 * Ids the service answered with, per collection ({@code cases}, {@code conversations} ...), so that
 * generated calls reach existing things and not only 404s.
 */
final class IdPool {

  private static final Pattern UUID =
      Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

  private final Map<String, Set<String>> byCollection = new LinkedHashMap<>();
  private final Set<String> all = new LinkedHashSet<>();

  /**
   * Every {@code id} (a uuid, or a name such as a catalogue instrument's) in an answer of a path
   * whose last fixed segment names the collection.
   */
  void harvest(String path, JsonNode answer) {
    String collection = lastFixedSegment(path);
    collect(collection, answer, 0);
  }

  private void collect(String collection, JsonNode node, int depth) {
    if (depth > 4 || node == null) {
      return;
    }
    if (node.isObject()) {
      JsonNode id = node.get("id");
      if (id != null && id.isTextual() && !id.asText().isBlank()) {
        byCollection.computeIfAbsent(collection, k -> new LinkedHashSet<>()).add(id.asText());
        if (UUID.matcher(id.asText()).matches()) {
          all.add(id.asText());
        }
      }
      node.fields()
          .forEachRemaining(
              e -> {
                if (e.getValue().isTextual()
                    && e.getKey().endsWith("Id")
                    && UUID.matcher(e.getValue().asText()).matches()) {
                  all.add(e.getValue().asText());
                }
                collect(collection, e.getValue(), depth + 1);
              });
    } else if (node.isArray()) {
      node.forEach(element -> collect(collection, element, depth + 1));
    }
  }

  Optional<String> in(String collection) {
    return pick(byCollection.getOrDefault(collection, Set.of()));
  }

  Optional<String> any() {
    return pick(all);
  }

  private static Optional<String> pick(Set<String> ids) {
    if (ids.isEmpty()) {
      return Optional.empty();
    }
    List<String> list = new ArrayList<>(ids);
    return Optional.of(list.get(Arbitraries.integers().between(0, list.size() - 1).sample()));
  }

  static String lastFixedSegment(String path) {
    String[] segments = path.split("/");
    for (int i = segments.length - 1; i >= 0; i--) {
      if (!segments[i].isEmpty() && !segments[i].startsWith("{")) {
        return segments[i];
      }
    }
    return "";
  }
}
