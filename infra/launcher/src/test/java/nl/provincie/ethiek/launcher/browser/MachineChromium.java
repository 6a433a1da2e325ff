package nl.provincie.ethiek.launcher.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The machine's own Chromium and chromedriver (Debian packages chromium and chromium-driver). Tests
 * never download a browser or a driver: in CI (CI=true) both must be there - .ci/run installs them
 * - and elsewhere their absence skips the browser tests with a notice.
 */
public final class MachineChromium {

  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  /**
   * Headless, and no connections of its own: this machine's closed network refuses them, many at a
   * time. Each start also needs a fresh --user-data-dir.
   */
  public static final List<String> HEADLESS_FLAGS =
      List.of(
          "--headless",
          "--no-sandbox",
          "--disable-gpu",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          "--no-first-run",
          "--disable-quic");

  private MachineChromium() {}

  /** The missing executables, empty when the browser tests can run. */
  static List<Path> missing() {
    return Stream.of(CHROMIUM, CHROMEDRIVER).filter(path -> !Files.isExecutable(path)).toList();
  }

  /**
   * True when the browser tests can run; false (with a notice) where they cannot outside CI.
   *
   * @throws IllegalStateException in CI, where a missing browser is a broken set-up, not a skip
   */
  static boolean availableOrFailInCi() {
    List<Path> missing = missing();
    if (missing.isEmpty()) {
      return true;
    }
    String what = "browser tests need " + missing + " (apt-get install chromium chromium-driver)";
    if ("true".equals(System.getenv("CI"))) {
      throw new IllegalStateException("CI " + what + "; .ci/run installs them");
    }
    System.out.println("NOTICE: browser tests skipped: " + what);
    return false;
  }
}
