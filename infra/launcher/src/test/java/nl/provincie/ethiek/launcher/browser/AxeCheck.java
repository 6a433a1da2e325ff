package nl.provincie.ethiek.launcher.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Runs axe-core in the page for the WCAG 2.1 A and AA rules. axe.min.js comes from a Maven artifact
 * (Deque's axe-core build, docs/adr/0015), so the check needs nothing beyond the JDK build and the
 * machine's Chromium.
 */
final class AxeCheck {

  static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
  static final Path RESULTS = BrowserOutput.directory("axe");

  private static final String SOURCE = read("/axe.min.js");

  private static final String RUN =
      """
      const done = arguments[arguments.length - 1];
      axe.run(document, { runOnly: { type: 'tag', values: arguments[0] } })
        .then(r => done({
          version: r.testEngine.version,
          json: JSON.stringify(r, null, 1),
          passes: r.passes.length,
          incomplete: r.incomplete.length,
          violations: r.violations.map(v => ({
            id: v.id, impact: String(v.impact), help: v.help,
            targets: v.nodes.map(n => JSON.stringify(n.target))
          }))
        }))
        .catch(e => done({ error: String(e) }));
      """;

  private AxeCheck() {}

  /** Checks the page as it is now and writes axe's full result to target/axe/NAME.json. */
  static AxeReport run(BrowserSession browser, String name) {
    browser.script(SOURCE);
    @SuppressWarnings("unchecked")
    Map<String, Object> result =
        (Map<String, Object>) browser.driver().executeAsyncScript(RUN, TAGS);
    if (result.containsKey("error")) {
      throw new IllegalStateException("axe failed on " + name + ": " + result.get("error"));
    }
    write(RESULTS.resolve(name + ".json"), (String) result.get("json"));
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> violations = (List<Map<String, Object>>) result.get("violations");
    return new AxeReport(
        name,
        (String) result.get("version"),
        ((Number) result.get("passes")).intValue(),
        ((Number) result.get("incomplete")).intValue(),
        violations.stream().map(AxeCheck::violation).toList());
  }

  @SuppressWarnings("unchecked")
  private static AxeReport.Violation violation(Map<String, Object> raw) {
    return new AxeReport.Violation(
        (String) raw.get("id"),
        (String) raw.get("impact"),
        (String) raw.get("help"),
        (List<String>) raw.get("targets"));
  }

  private static String read(String resource) {
    try (InputStream in = AxeCheck.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is missing: the axe-core test dependency");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void write(Path file, String text) {
    try {
      Files.writeString(file, text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
