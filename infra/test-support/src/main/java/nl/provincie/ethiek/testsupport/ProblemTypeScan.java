package nl.provincie.ethiek.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The problem types a module declares, read from its sources: every {@code BASE + "slug"} (as in
 * {@code ProblemType.BASE + "invalid-entry-state"}). A test compares them with the module's message
 * bundles, so a new type without Dutch and English text fails the build (docs/adr/0038).
 */
public final class ProblemTypeScan {

  private static final Pattern DECLARED = Pattern.compile("BASE\\s*\\+\\s*\"([a-z0-9-]+)\"");

  private ProblemTypeScan() {}

  /** The slugs declared under {@code sourceRoot} (e.g. {@code src/main/java}). */
  public static Set<String> slugsIn(Path sourceRoot) {
    Set<String> slugs = new TreeSet<>();
    try (Stream<Path> files = Files.walk(sourceRoot)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        Matcher matcher = DECLARED.matcher(Files.readString(file));
        while (matcher.find()) {
          slugs.add(matcher.group(1));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return slugs;
  }
}
