package nl.provincie.ethiek.launcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import nl.provincie.ethiek.launcher.browser.MachineChromium;

/**
 * Headless Chromium from the command line: renders a page (Vaadin draws it client-side) and returns
 * the DOM, or saves a screenshot.
 */
final class Browser {

  private final Path executable;

  private Browser(Path executable) {
    this.executable = executable;
  }

  /**
   * The machine's Chromium. In CI (CI=true) it must be there - .ci/run installs it - elsewhere a
   * missing browser skips the browser checks with a notice.
   */
  static Optional<Browser> require() {
    for (String candidate :
        List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome")) {
      if (Files.isExecutable(Path.of(candidate))) {
        return Optional.of(new Browser(Path.of(candidate)));
      }
    }
    if ("true".equals(System.getenv("CI"))) {
      throw new IllegalStateException(
          "CI needs Chromium for the browser checks; .ci/run installs it");
    }
    System.out.println("NOTICE: no Chromium found; browser checks skipped");
    return Optional.empty();
  }

  String renderedDom(String url) {
    return run(List.of("--dump-dom", url));
  }

  void screenshot(String url, Path file) {
    run(List.of("--window-size=1280,900", "--screenshot=" + file, url));
  }

  private String run(List<String> arguments) {
    List<String> command = new ArrayList<>();
    command.add(executable.toString());
    command.addAll(MachineChromium.HEADLESS_FLAGS);
    command.add("--virtual-time-budget=15000");
    try {
      Path profile = Files.createTempDirectory("chromium-profile");
      command.add("--user-data-dir=" + profile);
      command.addAll(arguments);
      Process process =
          new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
      byte[] out = process.getInputStream().readAllBytes();
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new IllegalStateException("Chromium did not finish within 60 s");
      }
      return new String(out, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("Could not run Chromium", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
