package nl.provincie.ethiek.launcher.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Where the browser tests leave what a person should look at: under the build output. */
final class BrowserOutput {

  private static final Path BUILD =
      Path.of(System.getProperty("browser.test.output", "target")).toAbsolutePath();

  private BrowserOutput() {}

  /** target/NAME, created if needed. */
  static Path directory(String name) {
    try {
      return Files.createDirectories(BUILD.resolve(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Path temporaryDirectory(String prefix) {
    try {
      return Files.createTempDirectory(prefix);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void deleteQuietly(Path directory) {
    try (Stream<Path> paths = Files.walk(directory)) {
      paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException | UncheckedIOException e) {
      // a browser profile left in the temporary directory is harmless
    }
  }
}
