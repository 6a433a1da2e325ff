package nl.provincie.ethiek.portal;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/**
 * Adds the jars named in a jar manifest's Class-Path to the {@code java.class.path} property.
 *
 * <p>{@code java -jar portal-ui.jar} loads lib/*.jar through the manifest, but the property then
 * names only portal-ui.jar. Jetty's annotation scan reads the property to find the container jars,
 * so without this it never sees Vaadin's {@code @WebListener}s, the Vaadin servlet is not
 * registered and "/" shows a directory listing.
 */
final class ManifestClassPath {

  private ManifestClassPath() {}

  static void expandSystemProperty() {
    String classPath = System.getProperty("java.class.path", "");
    System.setProperty("java.class.path", expand(classPath));
  }

  static String expand(String classPath) {
    Set<String> entries = new LinkedHashSet<>();
    for (String entry : classPath.split(File.pathSeparator)) {
      if (entry.isBlank()) {
        continue;
      }
      entries.add(entry);
      Path path = Path.of(entry);
      if (entry.endsWith(".jar") && Files.isRegularFile(path)) {
        entries.addAll(manifestEntries(path));
      }
    }
    return String.join(File.pathSeparator, entries);
  }

  private static Set<String> manifestEntries(Path jar) {
    Set<String> entries = new LinkedHashSet<>();
    try (JarFile file = new JarFile(jar.toFile())) {
      Manifest manifest = file.getManifest();
      String value =
          manifest == null
              ? null
              : manifest.getMainAttributes().getValue(Attributes.Name.CLASS_PATH);
      if (value == null) {
        return entries;
      }
      for (String relative : value.trim().split("\\s+")) {
        Path resolved = Path.of(jar.toAbsolutePath().toUri().resolve(relative));
        if (Files.exists(resolved)) {
          entries.add(resolved.toString());
        }
      }
      return entries;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the manifest of " + jar, e);
    }
  }
}
