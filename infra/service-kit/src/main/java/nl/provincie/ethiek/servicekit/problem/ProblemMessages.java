package nl.provincie.ethiek.servicekit.problem;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The texts of problem details in each language the platform speaks (docs/adr/0038), read from
 * every {@code problem-messages_<language>.properties} on the class path: service-kit's and the
 * service's own. Keys:
 *
 * <ul>
 *   <li>{@code <type slug>.title} and {@code <type slug>.detail}: per problem type;
 *   <li>{@code status.<code>.title}: for a type without its own title;
 *   <li>{@code message.<name>}: one sentence a service writes (a detail or a field's message), in
 *       English with {@code {0}}, {@code {1}} for the parts that vary. The English text is matched
 *       against what the code wrote, and the same key in the caller's language replaces it.
 * </ul>
 */
public final class ProblemMessages {

  public static final Locale DUTCH = Locale.forLanguageTag("nl");
  public static final Locale ENGLISH = Locale.ENGLISH;
  public static final List<Locale> LANGUAGES = List.of(DUTCH, ENGLISH);
  static final String RESOURCE = "problem-messages_%s.properties";

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");

  private final Map<Locale, Map<String, String>> texts = new HashMap<>();
  private final List<Sentence> sentences = new ArrayList<>();

  private record Sentence(String key, Pattern english, List<Integer> slots, int literalLength) {}

  public ProblemMessages(ClassLoader classLoader) {
    for (Locale language : LANGUAGES) {
      texts.put(language, load(classLoader, String.format(RESOURCE, language.getLanguage())));
    }
    texts
        .get(ENGLISH)
        .forEach(
            (key, english) -> {
              if (key.startsWith("message.")) {
                sentences.add(sentence(key, english));
              }
            });
    // the most specific sentence wins: the one with the most fixed text
    sentences.sort(Comparator.comparingInt(Sentence::literalLength).reversed());
  }

  /** The texts of {@code language}, key by key. */
  public Map<String, String> texts(Locale language) {
    return Collections.unmodifiableMap(texts.getOrDefault(language, Map.of()));
  }

  /** The text under {@code key} in {@code language}, if the bundles have it. */
  public Optional<String> text(Locale language, String key) {
    return Optional.ofNullable(texts.getOrDefault(language, Map.of()).get(key));
  }

  /**
   * {@code message} (written by the code, in English) in {@code language}: the catalogued sentence
   * it matches, with its varying parts carried over; empty if no sentence matches.
   */
  public Optional<String> sentence(Locale language, String message) {
    return sentence(language, message, 0);
  }

  /** A varying part may itself be a catalogued sentence (a refusal wrapped in another one). */
  private Optional<String> sentence(Locale language, String message, int depth) {
    if (message == null || message.isEmpty() || depth > 2) {
      return Optional.empty();
    }
    for (Sentence sentence : sentences) {
      Matcher matcher = sentence.english().matcher(message);
      if (!matcher.matches()) {
        continue;
      }
      Optional<String> target = text(language, sentence.key());
      if (target.isEmpty()) {
        return Optional.empty();
      }
      String result = target.get();
      for (int group = 1; group <= matcher.groupCount(); group++) {
        int slot = sentence.slots().get(group - 1);
        String part = matcher.group(group);
        result = result.replace("{" + slot + "}", sentence(language, part, depth + 1).orElse(part));
      }
      return Optional.of(result);
    }
    return Optional.empty();
  }

  /**
   * The texts the bundles lack for these problem types (slugs), as {@code <key> (<language>)}:
   * every type needs a title and a detail in every language.
   */
  public List<String> missingTexts(java.util.Collection<String> slugs) {
    List<String> missing = new ArrayList<>();
    for (String slug : new java.util.TreeSet<>(slugs)) {
      for (Locale language : LANGUAGES) {
        for (String part : List.of(".title", ".detail")) {
          if (text(language, slug + part).isEmpty()) {
            missing.add(slug + part + " (" + language.getLanguage() + ")");
          }
        }
      }
    }
    return missing;
  }

  /** Keys one language has and another lacks, as {@code <key> (<lacking language>)}. */
  public List<String> unpairedTexts() {
    List<String> unpaired = new ArrayList<>();
    for (Locale language : LANGUAGES) {
      for (Locale other : LANGUAGES) {
        texts.get(language).keySet().stream()
            .filter(key -> !texts.get(other).containsKey(key))
            .sorted()
            .forEach(key -> unpaired.add(key + " (" + other.getLanguage() + ")"));
      }
    }
    return unpaired;
  }

  private static Sentence sentence(String key, String english) {
    StringBuilder regex = new StringBuilder();
    List<Integer> slots = new ArrayList<>();
    Matcher matcher = PLACEHOLDER.matcher(english);
    int last = 0;
    int literal = 0;
    while (matcher.find()) {
      regex.append(Pattern.quote(english.substring(last, matcher.start())));
      literal += matcher.start() - last;
      regex.append("(.+?)");
      slots.add(Integer.parseInt(matcher.group(1)));
      last = matcher.end();
    }
    regex.append(Pattern.quote(english.substring(last)));
    literal += english.length() - last;
    return new Sentence(key, Pattern.compile(regex.toString(), Pattern.DOTALL), slots, literal);
  }

  private static Map<String, String> load(ClassLoader classLoader, String resource) {
    Map<String, String> merged = new HashMap<>();
    try {
      Enumeration<URL> urls = classLoader.getResources(resource);
      while (urls.hasMoreElements()) {
        Properties properties = new Properties();
        try (Reader reader =
            new InputStreamReader(urls.nextElement().openStream(), StandardCharsets.UTF_8)) {
          properties.load(reader);
        }
        properties.forEach((key, value) -> merged.put((String) key, (String) value));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
    return merged;
  }
}
